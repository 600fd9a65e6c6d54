package com.payerlink.account.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of the accounts grid.
 *
 * @param stateDetail why the account is in its state, e.g. the codes of failed verification checks; may be empty
 * @param stateSince  since when the account is in its state; null where the caller did not read it
 */
public record AccountSummary(UUID id, String name, AccountId accountId, Partition partition, ConnectionMethod method,
        AccountState state, int wizardStep, OffsetDateTime updatedAt, String stateDetail, OffsetDateTime stateSince) {

    public AccountSummary(UUID id, String name, AccountId accountId, Partition partition, ConnectionMethod method,
            AccountState state, int wizardStep, OffsetDateTime updatedAt, String stateDetail) {
        this(id, name, accountId, partition, method, state, wizardStep, updatedAt, stateDetail, null);
    }

    public AccountSummary(UUID id, String name, AccountId accountId, Partition partition, ConnectionMethod method,
            AccountState state, int wizardStep, OffsetDateTime updatedAt) {
        this(id, name, accountId, partition, method, state, wizardStep, updatedAt, "");
    }

    /** "3/6". */
    public String stepLabel() {
        return wizardStep + "/" + WizardStep.COUNT;
    }

}
