package com.payerlink.webhook.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event's delivery to one webhook, as the delivery log shows it.
 *
 * @param lastStatusCode the HTTP status of the last attempt's answer, or null (none yet, or no answer)
 */
public record WebhookDelivery(long id, UUID webhookId, UUID eventId, String eventType, String payload,
        DeliveryStatus status, int attempts, OffsetDateTime nextAttemptAt, @Nullable Integer lastStatusCode,
        @Nullable String lastError, OffsetDateTime createdAt, @Nullable OffsetDateTime deliveredAt) {
}
