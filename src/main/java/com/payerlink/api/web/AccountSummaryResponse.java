package com.payerlink.api.web;

import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account as listed: what the grid shows. */
record AccountSummaryResponse(UUID id, String accountId, String name, String partition, ConnectionMethod method,
        AccountState state, int wizardStep, OffsetDateTime updatedAt) {

    static AccountSummaryResponse of(AccountSummary s) {
        return new AccountSummaryResponse(s.id(), s.accountId().value(), s.name(), s.partition().id(), s.method(),
                s.state(), s.wizardStep(), s.updatedAt());
    }

}
