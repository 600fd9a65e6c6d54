package com.payerlink.core;

/** Someone else saved the same thing first; the user must look at the fresh values and try again. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else meanwhile. The fresh values are shown; check them and save again.");
    }

}
