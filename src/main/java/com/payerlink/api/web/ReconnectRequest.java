package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Restarts a disconnected account's wizard at step 5, with the version the caller read. */
record ReconnectRequest(
        @Schema(description = "The version you read with GET", requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
}
