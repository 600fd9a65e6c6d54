package com.payerlink.account.domain;

import org.jspecify.annotations.Nullable;
import com.payerlink.core.InvalidInputException;

/**
 * A value typed by a user (or read from a CSV file) that breaks one of its rules.
 * The message is user-facing, plain English, and says both what is wrong and how to fix it.
 * It names no field: {@link InvalidInputException#inField} places it on the one that held the value.
 */
public class InvalidValueException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(null, message);
    }

    /** Refuses a value with the problem its rules found in it; no problem (null), no refusal. */
    public static void throwIfAny(@Nullable String problem) {
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }
}
