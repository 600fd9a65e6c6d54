package com.payerlink.account.domain;

import java.util.List;
import java.util.UUID;

/** Published when an account's first cost data has arrived: its contacts hear that dashboards are ready. */
public record AccountReady(UUID tenantId, UUID accountId, String accountName, AccountId awsAccountId,
        List<String> contactEmails) {
}
