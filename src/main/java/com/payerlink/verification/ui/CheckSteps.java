package com.payerlink.verification.ui;

import com.payerlink.account.domain.WizardStep;
import com.payerlink.verification.aws.CheckCode;

import java.util.Optional;

/** Which wizard step fixes what a failed check found; none for what no step changes (throttling, the platform). */
final class CheckSteps {

    private CheckSteps() {
    }

    static Optional<WizardStep> stepFor(CheckCode code) {
        return Optional.ofNullable(switch (code) {
            case ASSUME_ROLE_DENIED, ROLE_NOT_OF_ACCOUNT -> WizardStep.ROLE_ARN;
            case EXTERNAL_ID_NOT_ENFORCED, BUCKET_ACCESS_DENIED, CUR_PERMISSION_DENIED, ORGANIZATION_ACCESS_DENIED ->
                WizardStep.CLOUDFORMATION;
            case BUCKET_NOT_FOUND, BUCKET_REGION_OPT_IN, REPORT_NOT_DELIVERED_YET, CUR_NOT_FOUND, CUR_NOT_HOURLY,
                    CUR_NO_RESOURCE_IDS, CUR_NO_ATHENA, CUR_NOT_PARQUET, CUR_NOT_OVERWRITE, CUR_NO_REFRESH,
                    CUR_BUCKET_MISMATCH -> WizardStep.COST_REPORT;
            case NOT_MANAGEMENT_ACCOUNT, ORGANIZATION_NOT_IN_USE -> WizardStep.ACCOUNT;
            default -> null;
        });
    }

    /** The account page at the step: {@code accounts/<id>?step=4}. */
    static String link(java.util.UUID accountId, WizardStep step) {
        return "accounts/" + accountId + "?step=" + step.number();
    }

}
