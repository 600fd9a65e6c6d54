package com.payerlink.core;

import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Text that must stay on one line because it ends up in a mail's subject header (ticket subjects, account and
 * tenant names): a line break there would start a header of the sender's choosing.
 */
public final class SingleLine {

    private static final Pattern CONTROL_RUNS = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009F]+");

    private SingleLine() {
    }

    /** The text's first control character (line break, tab, NUL…) named as "U+000D"; empty when there is none. */
    public static Optional<String> firstControlCharacter(String text) {
        OptionalInt c = text.codePoints().filter(Character::isISOControl).findFirst();
        return c.isPresent() ? Optional.of(String.format("U+%04X", c.getAsInt())) : Optional.empty();
    }

    /**
     * A required one-line text as typed, stripped; refused in the field when empty ({@code whenEmpty} says what to
     * enter), longer than {@code maxLength} or holding a control character. {@code what} names it in the refusals.
     */
    public static String required(String field, String what, @Nullable String raw, int maxLength, String whenEmpty) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, whenEmpty);
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "The " + what + " is too long: at most " + maxLength + " characters.");
        }
        firstControlCharacter(text).ifPresent(c -> {
            throw new InvalidInputException(field, "The " + what + " contains an invisible control character (" + c
                    + ", e.g. a line break); write it on one line.");
        });
        return text;
    }

    /** The text with each run of control characters made one space: for values stored before they were refused. */
    public static String flatten(String text) {
        // most texts have none: no regular expression for them (an import flattens every name of its file)
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return CONTROL_RUNS.matcher(text).replaceAll(" ").strip();
            }
        }
        return text.strip();
    }

    // \p{Cntrl} (U+0000-U+001F, U+007F) and the C1 controls U+0080-U+009F
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

}
