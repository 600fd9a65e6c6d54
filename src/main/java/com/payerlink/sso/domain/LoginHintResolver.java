package com.payerlink.sso.domain;

import com.payerlink.core.EmailAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring Security's authorization request, plus the e-mail address the user already typed as OpenID Connect's
 * {@code login_hint}, so that the provider need not ask for it again.
 */
final class LoginHintResolver implements OAuth2AuthorizationRequestResolver {

    static final String LOGIN_HINT = "login_hint";

    private final DefaultOAuth2AuthorizationRequestResolver defaults;

    LoginHintResolver(ClientRegistrationRepository registrations) {
        this.defaults = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                TenantClientRegistrations.AUTHORIZATION_PATH.substring(0, TenantClientRegistrations.AUTHORIZATION_PATH.length() - 1));
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withHint(defaults.resolve(request), request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withHint(defaults.resolve(request, clientRegistrationId), request);
    }

    private static @Nullable OAuth2AuthorizationRequest withHint(@Nullable OAuth2AuthorizationRequest authorization,
            HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        return EmailAddress.tryParse(request.getParameter(LOGIN_HINT))
            .map(email -> OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put(LOGIN_HINT, email.value()))
                .build())
            .orElse(authorization);
    }

}
