package com.payerlink.api.web;

import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.aws.CheckOutcome;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.RunStatus;
import com.payerlink.verification.domain.VerificationRun;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** How far a verification batch is, with its failed accounts and their checks. */
record VerificationBatchResponse(
        UUID batchId,
        String requestedBy,
        OffsetDateTime requestedAt,
        @Schema(description = "Accounts queued in this batch") int total,
        @Schema(description = "Of them, finished (passed or failed)") int done,
        int passed,
        int failed,
        int notEligible,
        int alreadyQueued,
        @Schema(description = "Every queued account has a result") boolean finished,
        @Schema(description = "The failed accounts by name, the first " + VerificationsController.MAX_FAILURES)
        List<FailedAccountResponse> failures,
        @Schema(description = "Failed accounts in all") int failureCount) {

    static VerificationBatchResponse of(BatchProgress p, List<VerificationRun> failures, int failureCount) {
        return new VerificationBatchResponse(p.batchId(), p.requestedBy(), p.requestedAt(), p.total(), p.done(),
                p.passed(), p.failed(), p.notEligible(), p.alreadyQueued(), p.isFinished(),
                failures.stream().map(FailedAccountResponse::of).toList(), failureCount);
    }

    /** An account whose verification failed, with every check of the run. */
    record FailedAccountResponse(
            @Schema(description = "The account's id in Payerlink") UUID id,
            @Schema(example = "012345678901") String accountId,
            String name,
            RunStatus status,
            OffsetDateTime finishedAt,
            List<CheckResponse> checks) {

        static FailedAccountResponse of(VerificationRun run) {
            return new FailedAccountResponse(run.accountId(), run.awsAccountId(), run.accountName(), run.status(),
                    run.finishedAt(), run.checks().stream().map(CheckResponse::of).toList());
        }

    }

    /** One check of a verification: what was found and, when it failed, how to fix it. */
    record CheckResponse(CheckCode code, @Schema(example = "Role") String area, CheckOutcome status, String message,
            @Schema(description = "Empty when there is nothing to fix") String fix) {

        static CheckResponse of(Check c) {
            return new CheckResponse(c.code(), c.code().area(), c.outcome(), c.message(), c.fix());
        }

    }

}
