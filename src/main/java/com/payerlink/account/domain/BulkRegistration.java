package com.payerlink.account.domain;

import com.payerlink.account.domain.VerificationRequests.VerificationQueued;

import java.util.UUID;

/**
 * A bulk registration done: the ready accounts registered, and their verification queued as one batch.
 *
 * @param preview what was ready and what was not, and why, when it ran
 */
public record BulkRegistration(int registered, RegistrationPreview preview, VerificationQueued verification) {

    /** The verification batch to watch ({@code verification/<batchId>}). */
    public UUID batchId() {
        return verification.batchId();
    }

    /** "Registered 812 accounts; verification of 812 accounts queued. 188 not ready: …". */
    public String summary() {
        String s = "Registered " + registered + (registered == 1 ? " account. " : " accounts. ") + verification.summary();
        return preview.notReadyCount() == 0 ? s : s + " " + preview.notReadySummary() + ".";
    }

}
