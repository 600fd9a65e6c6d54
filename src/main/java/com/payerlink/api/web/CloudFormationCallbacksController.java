package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.StackReport;
import com.payerlink.account.domain.StackReportOutcome;
import com.payerlink.account.domain.StackReportRefusedException;
import com.payerlink.account.domain.StackReports;
import com.payerlink.account.domain.StackReportThrottledException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where customers' CloudFormation stacks report back (the template's custom resource). No API token: the body's
 * callback secret is the proof, and names the tenant and account the report is for.
 */
@RestController
@RequestMapping(path = CloudFormationCallbacksController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "CloudFormation callbacks", description = "Reports of customers' stacks (called by the template itself)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CloudFormationCallbacksController {

    static final String PATH = "/api/v1/cloudformation/callbacks";

    private final StackReports reports;

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Report a stack", description = "Called by the Payerlink template's custom resource on"
            + " Create, Update and Delete, with the account's callback secret (no API token). Create/Update save the"
            + " role ARN and mark steps 5 and 6 done, and register the connection if the tenant's setting says so;"
            + " Delete disconnects a registered connection. A replay of the same CloudFormation request (requestId,"
            + " requestType) changes nothing and answers with replay=true.")
    @ApiResponse(responseCode = "200", description = "Applied (or a replay)")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed, or the role ARN is another account's")
    @ApiResponse(responseCode = "403", description = "The secret belongs to another AWS account, partition or ExternalId")
    @ApiResponse(responseCode = "429", description = "The secret sent more reports this minute than its limit; see"
            + " Retry-After")
    StackReportOutcome report(@RequestBody StackReport report) {
        return reports.receive(report);
    }

    @ExceptionHandler(StackReportRefusedException.class)
    ProblemDetail refused(StackReportRefusedException e) {
        return ApiProblems.problem(e.unknownSecret() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(StackReportThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(StackReportThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.secondsToWait()))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

}
