package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of a list of tickets. */
record TicketPageResponse(List<TicketSummaryResponse> items, @Schema(description = "0-based") int page, int size,
        @Schema(description = "Tickets that match the filters, on all pages") int total) {
}
