package com.payerlink.account.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An account's health as last checked.
 *
 * @param codes     the failed checks' codes while degraded, else empty
 * @param checkedAt when it was last checked, or null when not yet
 * @param changedAt when the health last changed, or null when never
 */
public record HealthStatus(UUID accountId, AccountHealth health, List<String> codes, @Nullable OffsetDateTime checkedAt,
        @Nullable OffsetDateTime changedAt) {
}
