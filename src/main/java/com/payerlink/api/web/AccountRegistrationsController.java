package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.account.domain.AccountQueryParameters;
import com.payerlink.core.security.Role;
import com.payerlink.account.domain.AccountRegistrationService;
import com.payerlink.account.domain.AccountSelection;
import com.payerlink.account.domain.BulkRegistration;
import com.payerlink.core.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bulk registration: register the ready accounts among many (ids or a filter) and verify them as one batch. */
@RestController
@RequestMapping(path = "/api/v1/accounts/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountRegistrationsController {

    private final AccountRegistrationService registrations;

    @TokenScope(Role.ORG_ADMIN)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register accounts in bulk", description = "Registers the listed accounts, or every account"
            + " matching the filter, that are ready (every wizard step done, role ARNs of the account), at most "
            + AccountRegistrationService.MAX_BATCH + ", and queues their verification as one batch. The others are"
            + " counted per reason in notReady. Poll the batch at Location. As in the portal, only org admins register.")
    @ApiResponse(responseCode = "202", description = "Registered; Location names the verification batch to poll")
    @ApiResponse(responseCode = "400", description = "Neither or both of accountIds and filter, a bad filter value,"
            + " none ready (the problem says why, per reason), too many, or the portal has no AWS identity")
    @ApiResponse(responseCode = "403", description = "Only an Org admin token registers connections")
    ResponseEntity<RegistrationStartedResponse> register(@RequestBody RegistrationRequest request) {
        BulkRegistration done = registrations.registerReady(selection(request));
        return Responses.verificationQueued(done.batchId(), RegistrationStartedResponse.of(done));
    }

    private static AccountSelection selection(RegistrationRequest request) {
        boolean ids = request.accountIds() != null && !request.accountIds().isEmpty();
        boolean filter = request.filter() != null && !request.filter().isNull();
        if (ids == filter) {
            throw new InvalidInputException(null, "Give either accountIds, e.g. {\"accountIds\": [\"<id>\"]}, or a"
                    + " filter, e.g. {\"filter\": {\"state\": [\"IN_PROGRESS\"], \"step\": 6}}; not "
                    + (ids ? "both." : "neither."));
        }
        return ids ? AccountSelection.of(request.accountIds())
                : AccountSelection.matching(AccountQueryParameters.parse(parameters(request.filter())));
    }

    /** The filter object as the grid's URL parameters: each value a list of texts. */
    private static Map<String, List<String>> parameters(JsonNode filter) {
        if (!filter.isObject()) {
            throw new InvalidInputException("filter", "filter is an object, e.g. {\"state\": [\"IN_PROGRESS\"]}.");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filter.fields().forEachRemaining(e -> {
            if (!AccountQueryParameters.KEYS.contains(e.getKey())) {
                // a misspelt key must never widen the filter to every account
                throw new InvalidInputException("filter." + e.getKey(), "\"" + e.getKey() + "\" is no filter; use "
                        + String.join(", ", AccountQueryParameters.KEYS) + ".");
            }
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(text(e.getKey(), v)));
            }
            else if (!e.getValue().isNull()) {
                values.add(text(e.getKey(), e.getValue()));
            }
            parameters.put(e.getKey(), values);
        });
        return parameters;
    }

    private static String text(String key, JsonNode value) {
        if (!value.isValueNode()) {
            throw new InvalidInputException("filter." + key, key + " takes a text, a number or a list of them.");
        }
        return value.asText();
    }

}
