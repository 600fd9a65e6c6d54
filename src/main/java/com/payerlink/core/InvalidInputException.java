package com.payerlink.core;

import org.jspecify.annotations.Nullable;

import java.util.function.Supplier;

/**
 * Input a user can fix: names the field (as the form calls it) and says what is wrong and how to
 * fix it. Views show the message on that field; nothing was written. The one family of such refusals:
 * value types throw a subclass without a field, and {@link #inField} places it on the field that held the value.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String field;

    public InvalidInputException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * Runs a value type's parser for one field; a refusal that names no field yet is placed on {@code field}, so a
     * form or an API answer shows the value's own message where the user typed it.
     */
    public static <T> T inField(String field, Supplier<T> parse) {
        try {
            return parse.get();
        }
        catch (InvalidInputException e) {
            if (e.field() != null) {
                throw e;
            }
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /**
     * Runs work on a group of fields (e.g. a request's {@code curSettings}); a refusal names its field within the
     * group ({@code curSettings.bucket}), or the group itself when it named none.
     */
    public static <T> T within(String group, Supplier<T> work) {
        try {
            return work.get();
        }
        catch (InvalidInputException e) {
            throw new InvalidInputException(e.field() == null ? group : group + "." + e.field(), e.getMessage());
        }
    }

    /** The form field the message belongs to, or null when it concerns the whole form. */
    public @Nullable String field() {
        return field;
    }

}
