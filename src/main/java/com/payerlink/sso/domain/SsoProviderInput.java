package com.payerlink.sso.domain;

import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an org admin typed into the single sign-on settings; {@link SsoProviderService#save} checks it.
 *
 * @param clientSecret empty keeps the saved secret (a first save needs one)
 * @param domains      e-mail domains separated by commas, spaces or lines
 */
public record SsoProviderInput(String issuerUrl, String clientId, @Nullable String clientSecret, String domains,
        @Nullable Role newUserRole, boolean ssoOnly) {
}
