package com.payerlink.audit.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What the Audit view narrows the log to; every part is optional.
 *
 * @param from    entries at or after
 * @param until   entries before
 * @param actor   part of the acting user's e-mail address (or "system")
 * @param action  one action name, e.g. SIGN_IN_FAILED
 * @param account part of an account's AWS account ID or name, as the entry's details name it
 */
public record AuditFilter(@Nullable Instant from, @Nullable Instant until, @Nullable String actor,
        @Nullable String action, @Nullable String account) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

}
