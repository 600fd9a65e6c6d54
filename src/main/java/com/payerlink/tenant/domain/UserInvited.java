package com.payerlink.tenant.domain;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A user was added without a password (or is sent a fresh link): in the same transaction, their set-your-password link
 * is stored and its mail queued, so both exist exactly when the change does.
 *
 * @param tenantId     the user's tenant (null for platform staff)
 * @param organisation who added them, as the mail names it (the tenant's name)
 */
public record UserInvited(UUID userId, @Nullable UUID tenantId, String email, String displayName, String organisation) {
}
