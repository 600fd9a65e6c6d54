package com.payerlink.api.web;

/** A path under /api/v1 that the API does not have. */
class NoSuchEndpointException extends RuntimeException {

    NoSuchEndpointException(String method, String path) {
        super("There is no " + method + " " + path + " in the Payerlink API. Its endpoints are listed at "
                + ApiProblems.DOCS + ".");
    }

}
