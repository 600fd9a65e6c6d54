package com.payerlink.notification.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/** An e-mail of the tenant's outbox, as the org admin sees it. */
public record OutboxMessage(long id, String kind, String recipient, String subject, String textBody,
        OutboxStatus status, int attempts, @Nullable OffsetDateTime nextAttemptAt, @Nullable String lastError,
        OffsetDateTime createdAt, @Nullable OffsetDateTime sentAt) {
}
