package com.payerlink.account.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One customer AWS account of a tenant, with everything its wizard has collected.
 *
 * @param managementAccountId the tenant's management account whose organization this account is a member of (found
 *                            by its StackSet, or added from its organization's list); null for an account on its own
 */
public record CustomerAccount(UUID id, Partition partition, AccountId accountId, String name, ConnectionMethod method,
        List<String> contactEmails, Set<Product> products, boolean billingAccessConfirmed, boolean createCur,
        BucketName curBucket, CurReportName curReportName, ReportPrefix curPrefix, AwsRegion curBucketRegion,
        boolean curSettingsConfirmed, ExternalId externalId, List<RoleArn> roleArns, int wizardStep, AccountState state,
        OffsetDateTime registeredAt, String registeredBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        int version, OffsetDateTime processingStartedAt, String stateDetail,
        @org.jspecify.annotations.Nullable UUID managementAccountId) {

    /** How long initial data processing may take once verification has passed. */
    public static final java.time.Duration PROCESSING_WINDOW = java.time.Duration.ofHours(72);

    public WizardStep currentStep() {
        return WizardStep.of(wizardStep);
    }

    /** When dashboards are expected at the latest: 72 hours after processing began; empty unless processing. */
    public java.util.Optional<OffsetDateTime> dashboardsExpectedBy() {
        return state == AccountState.PROCESSING && processingStartedAt != null
                ? java.util.Optional.of(processingStartedAt.plus(PROCESSING_WINDOW)) : java.util.Optional.empty();
    }

    /** Registered: the ExternalId and role ARNs are fixed from now on. */
    public boolean isRegistered() {
        return registeredAt != null;
    }

}
