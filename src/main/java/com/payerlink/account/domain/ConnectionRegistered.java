package com.payerlink.account.domain;

import java.util.UUID;

/**
 * Published when an org admin registers an account's connection (in the registering transaction).
 * Verification starts from it; for MSP_MULTIPLE, support drafts the ticket listing the accounts.
 *
 * @param verificationQueued the registration queued the account's verification itself (a bulk registration, one
 *                           batch for all), so nothing else should
 */
public record ConnectionRegistered(UUID tenantId, UUID accountId, String accountName, ConnectionMethod method,
        String registeredBy, boolean verificationQueued) {

    public ConnectionRegistered(UUID tenantId, UUID accountId, String accountName, ConnectionMethod method,
            String registeredBy) {
        this(tenantId, accountId, accountName, method, registeredBy, false);
    }

}
