package com.payerlink.sso.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import java.util.UUID;

/** An SSO sign-in that the portal refuses after the provider signed the user in; recorded in the tenant's audit log. */
class SsoRefusedException extends OAuth2AuthenticationException {

    private final SsoRefusal refusal;

    private final UUID tenantId;

    private final @Nullable String email;

    SsoRefusedException(SsoRefusal refusal, UUID tenantId, @Nullable String email) {
        super(new OAuth2Error(refusal.code(), refusal.message(), null), refusal.message());
        this.refusal = refusal;
        this.tenantId = tenantId;
        this.email = email;
    }

    SsoRefusal refusal() {
        return refusal;
    }

    UUID tenantId() {
        return tenantId;
    }

    @Nullable String email() {
        return email;
    }

}
