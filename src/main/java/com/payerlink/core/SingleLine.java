package com.payerlink.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Text that must stay on one line because it ends up in a mail's subject header (ticket subjects, account and
 * tenant names): a line break there would start a header of the sender's choosing.
 */
public final class SingleLine {

    private SingleLine() {
    }

    /** The text's first control character (line break, tab, NUL…) named as "U+000D"; empty when there is none. */
    public static Optional<String> firstControlCharacter(String text) {
        OptionalInt c = text.codePoints().filter(Character::isISOControl).findFirst();
        return c.isPresent() ? Optional.of(String.format("U+%04X", c.getAsInt())) : Optional.empty();
    }

    /** The text with each run of control characters made one space: for values stored before they were refused. */
    public static String flatten(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0080-\\u009F]+", " ").strip();
    }

}
