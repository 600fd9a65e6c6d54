package com.payerlink.sso.domain;

import com.payerlink.core.security.PayerlinkUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Map;

/**
 * A user signed in by their tenant's identity provider: the portal's own principal (tenant, role, security stamp, as
 * after a password sign-in) that also carries the provider's id_token.
 */
public final class SsoUser extends PayerlinkUser implements OidcUser {

    private final OidcIdToken idToken;

    private final @Nullable OidcUserInfo userInfo;

    private final Map<String, Object> attributes;

    private final boolean created;

    SsoUser(SsoDirectory.MatchedUser user, OidcUser signedIn) {
        super(user.id(), user.tenantId(), user.tenantName(), user.email().value(), user.displayName(), user.role(),
                user.enabled(), null, null, user.securityStamp());
        this.idToken = signedIn.getIdToken();
        this.userInfo = signedIn.getUserInfo();
        this.attributes = Map.copyOf(signedIn.getAttributes());
        this.created = user.created();
    }

    /** Whether this sign-in created the user (just in time). */
    public boolean created() {
        return created;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    /** The e-mail address, as for a password sign-in: the name in histories and the audit log. */
    @Override
    public String getName() {
        return email();
    }

}
