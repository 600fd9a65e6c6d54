package com.payerlink.importing.domain;

import com.payerlink.core.InvalidInputException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What each distinct cell of one column read as, within one file: a list repeats its methods, products, report
 * names, prefixes and regions on line after line, so each distinct value is parsed (and its message written) once.
 * The parsed values are immutable value types, so lines may share them. At most {@value #MAX_DISTINCT} values are
 * remembered per column: a column of values that differ on every line keeps no more than that.
 */
final class CellMemo {

    static final int MAX_DISTINCT = 256;

    /** A cell its value type refused, with the value type's message. */
    record Refused(String message) {
    }

    private final Map<String, Object> read = new HashMap<>();

    /** The cell parsed by {@code parse}, or {@link Refused} with the message of the value type. */
    Object read(String cell, Function<String, ?> parse) {
        Object known = read.get(cell);
        if (known != null) {
            return known;
        }
        Object value;
        try {
            value = parse.apply(cell);
        }
        catch (InvalidInputException e) {
            value = new Refused(e.getMessage());
        }
        if (read.size() < MAX_DISTINCT) {
            read.put(cell, value);
        }
        return value;
    }

}
