package com.payerlink.api.domain;

import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A token as an org admin asks for it.
 *
 * @param role      the token's scope: {@link Role#ORG_ADMIN} (also registers and disconnects connections),
 *                  {@link Role#OPERATOR} (read and write) or {@link Role#VIEWER} (read only)
 * @param expiresOn the day (UTC) from which the token no longer works, or null for a token that does not expire
 */
public record NewApiToken(String name, Role role, @Nullable LocalDate expiresOn) {
}
