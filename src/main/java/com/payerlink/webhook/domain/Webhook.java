package com.payerlink.webhook.domain;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's webhook.
 *
 * @param secret the key of the HMAC-SHA256 signature; org admins see it to configure their receiver
 */
public record Webhook(UUID id, String url, Set<WebhookEventType> events, String secret, boolean enabled,
        String createdBy, OffsetDateTime createdAt, int version) {
}
