package com.payerlink.api.web;

import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.domain.RunStatus;
import com.payerlink.verification.domain.VerificationRun;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An account's latest verification against AWS, finished or not. */
record LastVerificationResponse(
        RunStatus status,
        OffsetDateTime queuedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "The codes of the checks that failed; GET the batch for their messages and fixes")
        List<CheckCode> failedChecks,
        UUID batchId,
        @Schema(example = "/api/v1/verifications/3f1c…") String batch) {

    static LastVerificationResponse of(VerificationRun run) {
        return new LastVerificationResponse(run.status(), run.queuedAt(), run.finishedAt(),
                run.failedChecks().stream().map(Check::code).toList(), run.batchId(),
                "/api/v1/verifications/" + run.batchId());
    }

}
