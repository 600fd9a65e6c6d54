package com.payerlink.api.web;

import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketStatus;
import com.payerlink.support.domain.TicketSummary;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A ticket as listed. */
record TicketSummaryResponse(UUID id, @Schema(example = "NW-1042") String reference, String subject,
        TicketPriority priority, TicketStatus status, int accountCount, String updatedBy, OffsetDateTime updatedAt) {

    static TicketSummaryResponse of(TicketSummary t) {
        return new TicketSummaryResponse(t.id(), t.reference(), t.subject(), t.priority(), t.status(), t.accountCount(),
                t.updatedBy(), t.updatedAt());
    }

}
