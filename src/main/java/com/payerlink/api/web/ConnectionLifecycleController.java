package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.ConnectionLifecycleService;
import com.payerlink.core.security.Role;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.verification.domain.VerificationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.function.IntFunction;

/** Disconnecting a registered connection and reconnecting it, as on the account's page. */
@RestController
@RequestMapping(path = "/api/v1/accounts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConnectionLifecycleController {

    private final ConnectionLifecycleService lifecycle;

    private final AccountService accounts;

    private final VerificationService verification;

    @TokenScope(Role.ORG_ADMIN)
    @PostMapping(path = "/disconnection", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Disconnect a registered connection", description = "Org admins only. The account becomes"
            + " DISCONNECTED with the reason; queued verification ends without asking AWS and nothing checks it again;"
            + " its history stays. Reconnect it to start again.")
    @ApiResponse(responseCode = "200", description = "The account, disconnected")
    @ApiResponse(responseCode = "400", description = "No reason, or the account is not registered or is disconnected already")
    @ApiResponse(responseCode = "403", description = "Only an Org admin token disconnects")
    @ApiResponse(responseCode = "404", description = "No such account in your tenant")
    @ApiResponse(responseCode = "409", description = "Someone changed the account since you read it")
    AccountResponse disconnect(@PathVariable String id, @RequestBody DisconnectRequest request) {
        UUID accountId = Requests.accountIdOf(id);
        return change(accountId, request.version(), v -> lifecycle.disconnect(accountId, v, request.reason()));
    }

    @TokenScope(Role.OPERATOR)
    @PostMapping(path = "/reconnection", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reconnect a disconnected account", description = "The wizard starts again at step 5 with a"
            + " new ExternalId and without role ARNs: update the stack with the new ExternalId, save the role ARN"
            + " (PUT with roleArns) and have an org admin register the connection again.")
    @ApiResponse(responseCode = "200", description = "The account, in progress at step 5 with its new ExternalId")
    @ApiResponse(responseCode = "400", description = "The account is not disconnected")
    @ApiResponse(responseCode = "403", description = "A Viewer token may not change")
    @ApiResponse(responseCode = "404", description = "No such account in your tenant")
    @ApiResponse(responseCode = "409", description = "Someone changed the account since you read it")
    AccountResponse reconnect(@PathVariable String id, @RequestBody ReconnectRequest request) {
        UUID accountId = Requests.accountIdOf(id);
        return change(accountId, request.version(), v -> lifecycle.reconnect(accountId, v));
    }

    private AccountResponse change(UUID accountId, Integer version, IntFunction<CustomerAccount> work) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version you read with GET /api/v1/accounts/"
                    + accountId + ", so that a change someone made meanwhile is not overwritten.");
        }
        try {
            CustomerAccount changed = work.apply(version);
            return AccountResponse.of(changed, verification.latestRun(changed.id()));
        }
        catch (ConcurrentChangeException e) {
            CustomerAccount current = accounts.get(accountId);
            throw new VersionConflictException(current.name(), version, current.version());
        }
    }

}
