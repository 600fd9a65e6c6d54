package com.payerlink.account.domain;

import java.util.UUID;

/** Published (inside the moving transaction) when an account became Disconnected, e.g. its stack was deleted. */
public record ConnectionDisconnected(UUID tenantId, UUID accountId, String accountName, AccountId awsAccountId,
        String reason) {
}
