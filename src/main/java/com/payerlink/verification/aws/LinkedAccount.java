package com.payerlink.verification.aws;

/** An account of a management account's organization, as Organizations lists it. */
public record LinkedAccount(String accountId, String name, String email, String status) {
}
