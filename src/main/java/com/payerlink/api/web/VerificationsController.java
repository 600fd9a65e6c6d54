package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.tenancy.TenantRows;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.account.domain.VerificationRequests.VerificationQueued;
import com.payerlink.core.security.Role;
import com.payerlink.core.InvalidInputException;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.VerificationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/** Verification of accounts against AWS: start a batch, then poll it until it is finished. */
@RestController
@RequestMapping(path = "/api/v1/verifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verifications", description = "Checks of registered connections against AWS, in batches")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VerificationsController {

    /** Failed accounts listed in one answer; failureCount counts them all. */
    static final int MAX_FAILURES = 1_000;

    private final VerificationService verification;

    @TokenScope(Role.OPERATOR)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify accounts", description = "Queues verification of the listed accounts (at most "
            + VerificationService.MAX_BATCH + ") as one batch. Only registered connections that await verification"
            + " or failed it are verified; the others are counted as notEligible. Poll the batch at Location.")
    @ApiResponse(responseCode = "202", description = "Queued; Location names the batch to poll")
    @ApiResponse(responseCode = "400",
            description = "No accounts listed, too many, none verifiable now, or the portal has no AWS identity")
    @ApiResponse(responseCode = "403", description = "A Viewer token may not start verifications")
    ResponseEntity<VerificationStartedResponse> start(@RequestBody StartVerificationRequest request) {
        if (request.accountIds() == null || request.accountIds().isEmpty()) {
            throw new InvalidInputException("accountIds", "List the ids of the accounts to verify in accountIds, e.g."
                    + " {\"accountIds\": [\"<id>\"]}; GET /api/v1/accounts?state=AWAITING_VERIFICATION finds them.");
        }
        if (request.accountIds().size() > VerificationService.MAX_BATCH) {
            throw new InvalidInputException("accountIds", "One verification takes at most " + VerificationService.MAX_BATCH
                    + " accounts, not " + request.accountIds().size() + ". Send them in several requests.");
        }
        VerificationQueued queued = verification.verify(request.accountIds());
        return Responses.verificationQueued(queued.batchId(), new VerificationStartedResponse(queued.batchId(),
                queued.queued(), queued.notEligible(), queued.alreadyQueued(), queued.summary()));
    }

    @TokenScope(Role.VIEWER)
    @GetMapping("/{batchId}")
    @Operation(summary = "Get a verification batch", description = "How far the batch is, and its failed accounts"
            + " (the first " + MAX_FAILURES + ", by name) with every check: code, status, message and fix.")
    @ApiResponse(responseCode = "200", description = "The batch's progress")
    @ApiResponse(responseCode = "404", description = "No such batch in your tenant")
    VerificationBatchResponse progress(@PathVariable String batchId) {
        BatchProgress progress = Requests.uuidOf(batchId).flatMap(verification::progress)
            .orElseThrow(() -> ApiProblems.error(HttpStatus.NOT_FOUND, "No verification batch with this id in your"
                    + " tenant. Start one with POST /api/v1/verifications; its answer's Location names the batch."));
        TenantRows<VerificationRun> failures = verification.failures(progress.batchId());
        return VerificationBatchResponse.of(progress, failures.page(0, MAX_FAILURES), failures.count());
    }

}
