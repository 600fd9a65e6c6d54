package com.payerlink.audit.domain;

import com.payerlink.core.audit.AuditAction;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * One line of the audit log.
 *
 * @param tenantName the tenant it concerns; null for platform-wide entries (e.g. a sign-in of an unknown address)
 */
public record AuditEntry(long id, OffsetDateTime at, @Nullable String tenantName, String actor, String action,
        String detail) {

    public String actionLabel() {
        return AuditAction.labelOf(action);
    }

}
