package com.payerlink.account.domain;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * An account moved on in its lifecycle after registration (verification, support, processing, ready), published
 * inside the moving transaction, so that what reacts to it (webhooks) exists exactly when the move does.
 *
 * @param from   the state before, or null when a bulk move did not read it (it was one of the verifiable states)
 * @param detail the history line's text
 */
public record AccountStateChanged(UUID tenantId, UUID accountId, String accountName, AccountId awsAccountId,
        @Nullable AccountState from, AccountState to, String detail) {
}
