package com.payerlink.api.domain;

/** A token just created, with its secret: the only time the secret is known to the portal. */
public record CreatedApiToken(ApiToken token, String secret) {
}
