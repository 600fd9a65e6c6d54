package com.payerlink.verification.domain;

import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckOutcome;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One verification of one account, with its checks in the order they ran (none until it has finished). */
public record VerificationRun(UUID id, UUID batchId, UUID accountId, String accountName, String awsAccountId,
        RunStatus status, OffsetDateTime queuedAt, @Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt,
        List<Check> checks) {

    /** The checks that failed, to fix. */
    public List<Check> failedChecks() {
        return checks.stream().filter(c -> c.outcome() == CheckOutcome.FAIL).toList();
    }

}
