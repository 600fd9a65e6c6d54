package com.payerlink.core;

import org.jspecify.annotations.Nullable;

/**
 * Input a user can fix: names the field (as the form calls it) and says what is wrong and how to
 * fix it. Views show the message on that field; nothing was written.
 */
public class InvalidInputException extends RuntimeException {

    private final @Nullable String field;

    public InvalidInputException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to, or null when it concerns the whole form. */
    public @Nullable String field() {
        return field;
    }

}
