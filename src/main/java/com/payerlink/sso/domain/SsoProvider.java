package com.payerlink.sso.domain;

import com.payerlink.core.security.Role;

import java.util.List;

/**
 * A tenant's identity provider as its org admin sees it; the client secret never leaves the database unsealed
 * except to the OAuth2 client.
 *
 * @param redirectUri where the provider sends users back: to be registered at the provider for the client id
 */
public record SsoProvider(IssuerUrl issuer, String clientId, List<EmailDomain> domains, Role newUserRole, boolean ssoOnly,
        String redirectUri, int version) {
}
