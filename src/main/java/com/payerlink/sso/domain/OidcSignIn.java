package com.payerlink.sso.domain;

import com.payerlink.core.security.SignInMethod;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Sign-in by the tenant's OpenID Connect provider (the authorization code flow, with state
 * and nonce), with Spring Security's OAuth2 client on the tenants' registrations from the database.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OidcSignIn implements SignInMethod {

    private final TenantClientRegistrations registrations;

    private final SsoUserService users;

    private final SsoSignInOutcomes outcomes;

    private final SsoSignIn signIn;

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
            .loginPage("/login")
            .clientRegistrationRepository(registrations)
            // the provider's tokens live and end with the session, never in a node's memory beyond it
            .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
            .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new LoginHintResolver(registrations)))
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
            .successHandler(outcomes)
            .failureHandler(outcomes));
        // an "SSO only" organisation's address typed into the password form goes to its identity provider
        http.addFilterBefore(new SsoOnlyRedirect(signIn), UsernamePasswordAuthenticationFilter.class);
    }

}
