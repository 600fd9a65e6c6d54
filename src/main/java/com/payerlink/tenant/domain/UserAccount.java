package com.payerlink.tenant.domain;

import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** A person who signs in to Payerlink. */
public record UserAccount(UUID id, @Nullable UUID tenantId, String email, String displayName, Role role, boolean enabled,
        @Nullable OffsetDateTime lockedUntil, OffsetDateTime createdAt, int version) {

    public boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now(Clock.systemUTC()));
    }

    /** Plain status for lists: Active, Disabled, or Locked until a time. */
    public String status() {
        if (!enabled) {
            return "Disabled";
        }
        if (isLocked()) {
            return "Locked until " + lockedUntil.atZoneSameInstant(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofPattern("HH:mm"));
        }
        return "Active";
    }

}
