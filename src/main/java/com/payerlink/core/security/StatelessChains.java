package com.payerlink.core.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The chains in front of the portal's (Vaadin) one that serve machines, not people (API, published templates,
 * management port): no session, no CSRF (no cookies are involved), no saved request and no login of any kind.
 */
public final class StatelessChains {

    private StatelessChains() {
    }

    /** The matched requests' chain without session, CSRF, request cache, form login, basic login or logout. */
    public static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .formLogin(form -> form.disable())
            .httpBasic(basic -> basic.disable())
            .logout(logout -> logout.disable());
    }

}
