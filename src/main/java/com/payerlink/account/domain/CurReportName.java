package com.payerlink.account.domain;

import java.util.Objects;

/**
 * The name of a Cost and Usage Report: 1 to 256 characters out of letters, digits and
 * {@code ! - _ . * ' ( )}, the characters the CUR API allows.
 */
public record CurReportName(String value) {

    private static final int MAX = 256;
    private static final String ALLOWED = "letters A-Z and a-z, digits 0-9 and the characters ! - _ . * ' ( )";

    public CurReportName {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new InvalidValueException("Report name is empty; enter the name of the Cost and Usage Report as"
                    + " shown on the Cost and Usage Reports page, e.g. payerlink-hourly.");
        }
        if (value.length() > MAX) {
            throw new InvalidValueException("Report name has " + value.length() + " characters; the maximum is 256,"
                    + " so shorten it.");
        }
        int bad = firstNotAllowed(value);
        if (bad >= 0) {
            String hint = value.charAt(bad) == ' ' ? " (use a hyphen or underscore instead of spaces)" : "";
            throw new InvalidValueException("Report name '" + value + "' contains "
                    + Inputs.describe(value.codePointAt(bad)) + " at position " + (bad + 1) + "; report names may"
                    + " contain only " + ALLOWED + hint + ".");
        }
    }

    /**
     * Reads a CUR report name as typed.
     *
     * @throws InvalidValueException naming the first character that is not allowed and listing the
     *                               allowed ones, or saying the name is empty or too long
     */
    public static CurReportName parse(String raw) {
        return new CurReportName(Inputs.trim(raw));
    }

    /** The report name the template uses when it creates the report itself and none was given. */
    public static CurReportName defaultName() {
        return new CurReportName("payerlink-hourly");
    }

    @Override
    public String toString() {
        return value;
    }

    // Also used by ReportPrefix, whose characters are these plus the slash.
    static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!-_.*'()".indexOf(c) >= 0;
    }

    private static int firstNotAllowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAllowed(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
