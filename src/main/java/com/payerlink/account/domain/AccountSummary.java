package com.payerlink.account.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the accounts grid. */
public record AccountSummary(UUID id, String name, String accountId, Partition partition, ConnectionMethod method,
        AccountState state, int wizardStep, OffsetDateTime updatedAt) {

    /** "3/6". */
    public String stepLabel() {
        return wizardStep + "/" + WizardStep.COUNT;
    }

}
