package com.payerlink.account.domain;

import java.util.UUID;

/**
 * Published when an org admin registers an account's connection (after the transaction commits).
 * Verification starts from it; for MSP_MULTIPLE, support drafts the ticket listing the accounts.
 */
public record ConnectionRegistered(UUID tenantId, UUID accountId, String accountName, ConnectionMethod method,
        String registeredBy) {
}
