package com.payerlink.verification.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How far a batch of verifications is.
 *
 * @param total         accounts queued in this batch
 * @param done          of them, finished (passed or failed)
 * @param failed        of them, failed
 * @param notEligible   chosen accounts that were not verified: not registered, or past verification
 * @param alreadyQueued chosen accounts left to the batch that was already verifying them
 */
public record BatchProgress(UUID batchId, String requestedBy, OffsetDateTime requestedAt, int total, int done,
        int failed, int notEligible, int alreadyQueued) {

    public boolean isFinished() {
        return done >= total;
    }

    public int passed() {
        return done - failed;
    }

    /** 0.0 to 1.0; a batch with nothing to do is complete. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

}
