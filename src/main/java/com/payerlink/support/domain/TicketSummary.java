package com.payerlink.support.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the tickets grid. */
public record TicketSummary(UUID id, String reference, String tenantName, String subject, TicketPriority priority,
        TicketStatus status, int accountCount, String updatedBy, OffsetDateTime updatedAt) {
}
