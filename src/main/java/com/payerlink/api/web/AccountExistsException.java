package com.payerlink.api.web;

import java.net.URI;

/** A create for an account the tenant has already; says where that one is. */
class AccountExistsException extends RuntimeException {

    private final URI location;

    AccountExistsException(String accountId, String partition, URI location) {
        super("Account " + accountId + " exists already in partition " + partition + ". Change that one with PUT "
                + location.getPath() + " instead of creating it again.");
        this.location = location;
    }

    URI location() {
        return location;
    }

}
