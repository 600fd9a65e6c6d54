package com.payerlink.account.domain;

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
}
