package com.payerlink.operations;

import jakarta.servlet.http.HttpServletRequest;
import com.payerlink.core.security.StatelessChains;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The management port's own security chain, ahead of the API's and the portal's: no session, no login, and only
 * health (with its liveness and readiness groups), info and the Prometheus scrape are served; anything else the
 * management port receives is refused (403).
 * The management port ({@code management.server.port}) is for the load balancer and Prometheus, never the proxy.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
        return StatelessChains.stateless(http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
                    ManagementSecurityConfiguration::onManagementPort)))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class,
                        PrometheusScrapeEndpoint.class)).permitAll()
                .anyRequest().denyAll())
            .build();
    }

    /** Any request the management server (its own port) received, also for a path no endpoint has. */
    private static boolean onManagementPort(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, "management");
    }

}
