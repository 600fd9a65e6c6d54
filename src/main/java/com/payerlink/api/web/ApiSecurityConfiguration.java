package com.payerlink.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.importing.domain.ImportService;
import com.payerlink.core.security.StatelessChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The REST API's own security chain, in front of the portal's (Vaadin) one: stateless, no CSRF (no
 * cookies are involved), bearer tokens instead of the login form, and problem details instead of redirects.
 * The OpenAPI document and Swagger UI are open to all; they describe the API, they hold no tenant data.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    // the callback's secret, in its body, is its proof (a customer's stack has no API token)
    static final String[] OPEN_PATHS = { "/api/docs", "/api/swagger-ui/**", "/api/v1/openapi",
            "/api/v1/openapi/**", CloudFormationCallbacksController.PATH };

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, ApiSettings settings,
            ImportService imports, ObjectMapper json) throws Exception {
        ApiRateLimiter rateLimiter = new ApiRateLimiter(settings.rateLimitPerMinute(), tokens);
        BearerTokenFilter bearerTokens = new BearerTokenFilter(tokens, rateLimiter,
                settings.maxRequestSize().toBytes(), imports.maxBytes(), json);
        return StatelessChains.stateless(http.securityMatcher("/api/**"))
            .addFilterBefore(bearerTokens, AnonymousAuthenticationFilter.class)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(OPEN_PATHS).permitAll()
                .anyRequest().authenticated())
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                    ApiProblems.write(request, response, json, ApiProblems.problem(HttpStatus.UNAUTHORIZED,
                            "This endpoint needs an API token: send \"Authorization: Bearer <token>\". An org admin"
                                    + " creates tokens under API tokens in the portal."));
                })
                .accessDeniedHandler((request, response, e) -> ApiProblems.write(request, response, json,
                        ApiProblems.problem(HttpStatus.FORBIDDEN, ApiExceptionHandler.ROLE_MAY_NOT))))
            .build();
    }

}
