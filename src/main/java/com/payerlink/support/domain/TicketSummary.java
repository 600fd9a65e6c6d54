package com.payerlink.support.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the tickets grid; its age counts from {@code createdAt}. */
public record TicketSummary(UUID id, String reference, String tenantName, String subject, TicketPriority priority,
        TicketStatus status, int accountCount, String updatedBy, OffsetDateTime updatedAt,
        OffsetDateTime createdAt, @Nullable String assigneeEmail) {
}
