package com.payerlink.account.domain;

import java.util.List;
import java.util.UUID;

/**
 * An account's health changed (degraded, or recovered), published inside the changing transaction; once per change,
 * never for a check that finds the health as it was.
 *
 * @param codes the failed checks' codes while degraded; empty once recovered
 */
public record AccountHealthChanged(UUID tenantId, UUID accountId, String accountName, AccountId awsAccountId,
        AccountState state, AccountHealth health, List<String> codes) {

    public boolean degraded() {
        return health == AccountHealth.DEGRADED;
    }

}
