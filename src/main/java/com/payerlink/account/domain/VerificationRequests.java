package com.payerlink.account.domain;

import java.util.Collection;
import java.util.UUID;

/**
 * Verification against AWS as the accounts views ask for it. The verification feature implements it,
 * so these views need not depend on that feature.
 */
public interface VerificationRequests {

    /**
     * Queues verification of the caller's chosen accounts as one batch, to be watched at
     * {@code verification/<batchId>}.
     *
     * @throws com.payerlink.core.InvalidInputException when the portal has no AWS identity, or none of the
     *                                                  accounts may be verified now; the message says what to do
     */
    VerificationQueued verify(Collection<UUID> accountIds);

    /**
     * @param queued        accounts whose verification was queued
     * @param notEligible   chosen accounts that are not registered or are past verification
     * @param alreadyQueued accounts already queued or being verified by another batch
     */
    record VerificationQueued(UUID batchId, int queued, int notEligible, int alreadyQueued) {

        /** "Verification of 198 accounts queued; 2 are not registered or are past verification." */
        public String summary() {
            StringBuilder s = new StringBuilder("Verification of " + queued + (queued == 1 ? " account" : " accounts")
                    + " queued.");
            if (alreadyQueued > 0) {
                s.append(" ").append(alreadyQueued).append(alreadyQueued == 1 ? " was" : " were")
                    .append(" already being verified.");
            }
            if (notEligible > 0) {
                s.append(" ").append(notEligible).append(notEligible == 1 ? " is" : " are")
                    .append(" not registered or already past verification, so not verified.");
            }
            return s.toString();
        }

    }

}
