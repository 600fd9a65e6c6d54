package com.payerlink.operations;

import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.tenancy.CurrentScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every log line of a request carries its request id ({@code requestId}: the proxy's {@code X-Request-Id} when it
 * sent a plain one, else a new one, echoed in the answer) and, once the caller is known, the tenant ({@code tenantId}).
 * Background jobs get their tenant from {@code CurrentScope}.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

    static final String REQUEST_ID_HEADER = "X-Request-Id";

    static final String REQUEST_ID = "requestId";

    static final String TENANT_ID = CurrentScope.TENANT_LOG_KEY;

    // a proxy's id is taken only when it cannot smuggle anything into a log line
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tenantLogFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new TenantFilter());
        // right after Spring Security's chain, which has found the signed-in user or the API token
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private static final class RequestIdFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String given = request.getHeader(REQUEST_ID_HEADER);
            String id = given != null && PLAIN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
            response.setHeader(REQUEST_ID_HEADER, id);
            try (MDC.MDCCloseable ignored = MDC.putCloseable(REQUEST_ID, id)) {
                chain.doFilter(request, response);
            }
        }

    }

    private static final class TenantFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof PayerlinkUser user && user.tenantId() != null) {
                try (MDC.MDCCloseable ignored = MDC.putCloseable(TENANT_ID, user.tenantId().toString())) {
                    chain.doFilter(request, response);
                }
                return;
            }
            chain.doFilter(request, response);
        }

    }

}
