package com.payerlink.api.web;

import com.payerlink.account.domain.BulkRegistration;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A bulk registration done: the ready accounts registered, their verification queued as one batch to poll. */
record RegistrationStartedResponse(
        @Schema(description = "The verification batch; poll GET /api/v1/verifications/{batchId}") UUID batchId,
        @Schema(description = "Accounts registered now") int registered,
        @Schema(description = "Registered accounts whose verification was queued in the batch") int verificationQueued,
        @Schema(description = "Accounts not registered, per reason") List<NotReady> notReady,
        @Schema(example = "Registered 812 accounts. Verification of 812 accounts queued. 188 not ready: 188 · No role"
                + " ARN (step 6).") String summary) {

    /**
     * @param reason a stable code, e.g. NO_ROLE_ARN
     * @param step   the wizard step that fixes it, or null
     */
    record NotReady(String reason, String description, Integer step, int accounts) {
    }

    static RegistrationStartedResponse of(BulkRegistration done) {
        List<NotReady> notReady = done.preview().notReady().entrySet().stream()
            .map(e -> new NotReady(e.getKey().name(), e.getKey().label(), e.getKey().step(), e.getValue()))
            .toList();
        return new RegistrationStartedResponse(done.batchId(), done.registered(), done.verification().queued(), notReady,
                done.summary());
    }

}
