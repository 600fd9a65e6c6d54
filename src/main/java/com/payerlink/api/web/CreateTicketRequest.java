package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A new ticket, as the portal's "New ticket" dialog takes it. */
record CreateTicketRequest(
        @Schema(example = "Enable accounts read through one MSP connection", maxLength = 200,
                requiredMode = Schema.RequiredMode.REQUIRED) String subject,
        @Schema(maxLength = 20_000) String description,
        @Schema(allowableValues = { "LOW", "NORMAL", "HIGH", "URGENT" }, defaultValue = "NORMAL") String priority,
        @Schema(description = "Ids of your accounts the ticket is about (as GET /api/v1/accounts lists them)")
        List<UUID> accountIds,
        @Schema(description = "Who hears of every change to the ticket by e-mail (a token has no mailbox of its own)",
                example = "ops@msp.example", requiredMode = Schema.RequiredMode.REQUIRED) String requesterEmail) {
}
