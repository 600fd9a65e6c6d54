package com.payerlink.api.domain;

import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An API token of the tenant, as its org admins see it: never with its secret.
 *
 * @param expiresAt when the token stops working (00:00 UTC of the chosen day), or null for never
 */
public record ApiToken(UUID id, String name, Role role, String createdBy, OffsetDateTime createdAt,
        @Nullable OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt,
        @Nullable String revokedBy) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(OffsetDateTime now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Plain status for lists: Active, Expired or Revoked. */
    public String status(OffsetDateTime now) {
        if (isRevoked()) {
            return "Revoked";
        }
        return isExpired(now) ? "Expired" : "Active";
    }

}
