package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A queued verification batch. */
record VerificationStartedResponse(
        UUID batchId,
        @Schema(description = "Accounts whose verification was queued in this batch") int queued,
        @Schema(description = "Listed accounts that are not registered, are past verification, or are not your tenant's")
        int notEligible,
        @Schema(description = "Accounts another batch is verifying already") int alreadyQueued,
        @Schema(example = "Verification of 198 accounts queued.") String summary) {
}
