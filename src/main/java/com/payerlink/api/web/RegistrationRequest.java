package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * The accounts to register: their ids, or a filter in the accounts grid's own terms (the keys of its URL).
 */
record RegistrationRequest(
        @Schema(description = "Ids of the accounts in Payerlink; give these or filter, not both") List<UUID> accountIds,
        @Schema(description = "Every account matching this filter: the keys of the grid's URL, enum names as values."
                + " state (a name or a list of names), step (1-6), method, partition (AWS, AWS_CN), failure (a check"
                + " code), days (minimum whole days in the state), q (text in the name or start of the account ID)",
                example = "{\"state\": [\"IN_PROGRESS\"], \"step\": 6, \"q\": \"acme\"}") JsonNode filter) {
}
