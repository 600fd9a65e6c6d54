package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a registered connection is disconnected, with the version the caller read. */
record DisconnectRequest(
        @Schema(description = "The version you read with GET", requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
        @Schema(description = "Why, kept in the account's history (one line, at most 300 characters)",
                example = "Customer left", requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
}
