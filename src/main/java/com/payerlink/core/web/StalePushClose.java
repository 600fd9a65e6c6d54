package com.payerlink.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A page that is being left closes its push connection ({@code /VAADIN/push?…X-Atmosphere-Transport=close}). When it
 * leaves because the sign-in's last step just gave the session a new id ({@code /login/complete}), that close still
 * carries the old id; answered normally, it created a new, anonymous session, and its cookie could reach the browser
 * after the signed-in one and replace it: the user's next page was the login page. A close whose session no longer
 * exists has nothing to close, so it is answered here, before anything can create a session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StalePushClose extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !query.contains("X-Atmosphere-Transport=close")
                || !request.getRequestURI().endsWith("/VAADIN/push");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        chain.doFilter(request, response);
    }

}
