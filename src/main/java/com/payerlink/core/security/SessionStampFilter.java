package com.payerlink.core.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a signed-in session as soon as its user's access changed (disabled, another role, removed): every request,
 * and so every Vaadin round-trip (push sends client messages over XHR), compares the user's security stamp in the
 * database with the one the session started with. The request then goes on anonymously: a page is sent to the
 * login view, and a Vaadin round-trip finds its session expired, so the tab reloads onto the login view. The same
 * check ends a session that its user signed out from "Your sessions" ({@link SignedInSessions}).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SessionStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final SignedInSessions sessions;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PayerlinkUser user && !sessions.isAlive(user, request)) {
            log.info("Ended the session of {}: their access changed or the session was signed out", user.email());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

}
