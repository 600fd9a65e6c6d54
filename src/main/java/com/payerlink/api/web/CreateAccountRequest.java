package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A new account: wizard steps 1 and 2, as in the portal's "New account" dialog. */
record CreateAccountRequest(
        @Schema(allowableValues = { "aws", "aws-cn" }, defaultValue = "aws") String partition,
        @Schema(example = "012345678901", requiredMode = Schema.RequiredMode.REQUIRED) String accountId,
        @Schema(example = "Acme Corp", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(allowableValues = { "DIRECT_MANAGEMENT", "MSP_SINGLE", "MSP_MULTIPLE", "MSP_LIMITED" },
                requiredMode = Schema.RequiredMode.REQUIRED) String method,
        List<String> contactEmails) {
}
