package com.payerlink.tenant.domain;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A user was added without a password: once the change is committed, they get a set-your-password link by mail.
 *
 * @param tenantId     the user's tenant (null for platform staff)
 * @param organisation who added them, as the mail names it (the tenant's name)
 */
public record UserInvited(UUID userId, @Nullable UUID tenantId, String email, String displayName, String organisation) {
}
