package com.payerlink.api.web;

import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.verification.domain.VerificationRun;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One account with everything its wizard has collected. */
record AccountResponse(
        UUID id,
        @Schema(example = "012345678901") String accountId,
        String name,
        @Schema(allowableValues = { "aws", "aws-cn" }) String partition,
        ConnectionMethod method,
        List<String> contactEmails,
        List<String> products,
        boolean billingAccessConfirmed,
        CurSettingsBody curSettings,
        String externalId,
        List<String> roleArns,
        @Schema(description = "The wizard step the account is at, 1 to 6") int wizardStep,
        String wizardStepTitle,
        AccountState state,
        OffsetDateTime registeredAt,
        String registeredBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Send it back with PUT; a newer one means someone else changed the account meanwhile")
        int version,
        @Schema(nullable = true, description = "The latest verification against AWS; null if it was never verified")
        LastVerificationResponse lastVerification) {

    static AccountResponse of(CustomerAccount a, Optional<VerificationRun> lastVerification) {
        return new AccountResponse(a.id(), a.accountId().value(), a.name(), a.partition().id(), a.method(),
                a.contactEmails(), a.products().stream().map(Enum::name).toList(), a.billingAccessConfirmed(),
                new CurSettingsBody(a.products().stream().map(Enum::name).toList(), a.createCur(),
                        textOf(a.curBucket()), textOf(a.curReportName()), textOf(a.curPrefix()),
                        textOf(a.curBucketRegion()), a.curSettingsConfirmed()),
                a.externalId().value(), a.roleArns().stream().map(RoleArn::value).toList(), a.wizardStep(),
                a.currentStep().title(), a.state(),
                a.registeredAt(), a.registeredBy(), a.createdAt(), a.updatedAt(), a.version(),
                lastVerification.map(LastVerificationResponse::of).orElse(null));
    }

    // JSON carries a value type as its text (its toString); not given stays null
    private static String textOf(Object value) {
        return value == null ? null : value.toString();
    }

}
