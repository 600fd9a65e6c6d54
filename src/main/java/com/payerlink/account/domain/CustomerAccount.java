package com.payerlink.account.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One customer AWS account of a tenant, with everything its wizard has collected. */
public record CustomerAccount(UUID id, Partition partition, AccountId accountId, String name, ConnectionMethod method,
        List<String> contactEmails, Set<Product> products, boolean billingAccessConfirmed, boolean createCur,
        String curBucket, String curReportName, String curPrefix, String curBucketRegion, boolean curSettingsConfirmed,
        ExternalId externalId, List<String> roleArns, int wizardStep, AccountState state, OffsetDateTime registeredAt,
        String registeredBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    public WizardStep currentStep() {
        return WizardStep.of(wizardStep);
    }

    /** Registered: the ExternalId and role ARNs are fixed from now on. */
    public boolean isRegistered() {
        return registeredAt != null;
    }

}
