package com.payerlink.api.domain;

import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a presented token turned out to be. Only a {@link Outcome#VALID} check carries the token's tenant and role.
 *
 * @param since when the token was revoked or expired; null otherwise
 */
public record ApiTokenCheck(Outcome outcome, @Nullable UUID tokenId, @Nullable UUID tenantId, @Nullable String tenantName,
        @Nullable String tokenName, @Nullable Role role, @Nullable OffsetDateTime since) {

    public enum Outcome {
        VALID, UNKNOWN, REVOKED, EXPIRED,
        /** Its creator was disabled, removed or is no longer org admin: the token hands out no rights the creator lost. */
        CREATOR_INACTIVE
    }

    static ApiTokenCheck unknown() {
        return new ApiTokenCheck(Outcome.UNKNOWN, null, null, null, null, null, null);
    }

}
