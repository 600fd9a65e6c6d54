package com.payerlink.support.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A support ticket with its accounts and thread (for tenant users without internal comments).
 *
 * @param requesterEmail who submitted it, and hears of every public change; null for a draft
 * @param assigneeEmail  the support agent who works it; null while nobody does
 */
public record Ticket(UUID id, UUID tenantId, String reference, String tenantName, String subject, String description,
        TicketPriority priority, TicketStatus status, String requesterEmail, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version, List<TicketAccount> accounts,
        List<TicketComment> comments, @Nullable String assigneeEmail) {
}
