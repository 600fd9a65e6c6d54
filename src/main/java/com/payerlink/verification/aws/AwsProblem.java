package com.payerlink.verification.aws;

/** AWS could not answer a question; the message says why in the operator's words. */
public class AwsProblem extends RuntimeException {

    public AwsProblem(String message) {
        super(message);
    }

}
