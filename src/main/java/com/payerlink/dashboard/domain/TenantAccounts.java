package com.payerlink.dashboard.domain;

import com.payerlink.account.domain.AccountState;

import java.util.Map;
import java.util.UUID;

/** One tenant's accounts per state, for the platform admin's overview (states without accounts are left out). */
public record TenantAccounts(UUID tenantId, String tenantName, Map<AccountState, Long> perState) {

    public long total() {
        return perState.values().stream().mapToLong(Long::longValue).sum();
    }

    public long in(AccountState state) {
        return perState.getOrDefault(state, 0L);
    }

}
