package com.payerlink.account.domain;

/**
 * A value typed by a user (or read from a CSV file) that breaks one of its rules.
 * The message is user-facing, plain English, and says both what is wrong and how to fix it.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
