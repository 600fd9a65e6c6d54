package com.payerlink.sso.domain;

import com.payerlink.core.EmailAddress;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Turns an id_token that the tenant's provider issued (and Spring Security verified: signature, issuer, audience,
 * nonce, expiry) into the portal's user: the address must be in the tenant's allowed domains, and is matched within
 * that tenant only, or the user is created just in time with the tenant's role. So an id_token for a domain of tenant
 * A never signs into tenant B: B's registration only accepts B's domains, and B's users.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final SsoDirectory directory;

    private final OidcUserService verified = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = verified.loadUser(request);
        UUID tenantId = TenantClientRegistrations.tenantOf(request.getClientRegistration());
        SsoDirectory.ProviderRow provider = directory.provider(tenantId)
            .orElseThrow(() -> new SsoRefusedException(SsoRefusal.NOT_CONFIGURED, tenantId, signedIn.getEmail()));
        if (Boolean.FALSE.equals(signedIn.getEmailVerified())) {
            throw new SsoRefusedException(SsoRefusal.EMAIL_UNVERIFIED, tenantId, signedIn.getEmail());
        }
        EmailAddress email = EmailAddress.tryParse(signedIn.getEmail())
            .orElseThrow(() -> new SsoRefusedException(SsoRefusal.NO_EMAIL, tenantId, signedIn.getSubject()));
        if (!provider.domains().contains(EmailDomain.of(email))) {
            throw new SsoRefusedException(SsoRefusal.DOMAIN_NOT_ALLOWED, tenantId, email.value());
        }
        SsoDirectory.MatchedUser user = directory.user(tenantId, email, displayName(signedIn, email))
            .orElseThrow(() -> new SsoRefusedException(SsoRefusal.OTHER_ORGANISATION, tenantId, email.value()));
        if (!user.enabled()) {
            throw new SsoRefusedException(SsoRefusal.DISABLED, tenantId, email.value());
        }
        return new SsoUser(user, signedIn);
    }

    private static String displayName(OidcUser signedIn, EmailAddress email) {
        String name = signedIn.getFullName();
        return name == null || name.isBlank() ? email.value() : name.strip();
    }

}
