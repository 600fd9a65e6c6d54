package com.payerlink.core.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * {@code /login/complete}: the one place where a sign-in with a second step becomes a signed-in session, after the
 * second step verified its {@link PendingSignIn}. Like the password form it gives the session a new id, counts the
 * sign-in as a success, and sends the browser where it wanted to go; it sets the remember-this-browser cookie if the
 * user asked for it. A pending sign-in whose user's access changed meanwhile goes back to the login view.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SecondStepCompletion extends OncePerRequestFilter {

    static final String PATH = "/login/complete";

    static final Duration REMEMBER_BROWSER = Duration.ofDays(30);

    private final SignInDirectory directory;

    private final SecondFactorGate secondFactor;

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    {
        savedRequests.setMatchingRequestParameterName(null);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : PendingSignIn.in(session::getAttribute).orElse(null);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        if (pending == null || !pending.isVerified() || !directory.isCurrent(pending.user())) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        PayerlinkUser user = pending.user();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        directory.recordSuccess(user.email(), pending.clientAddress());
        directory.audit(user.email(), "SIGN_IN", "from " + pending.clientAddress() + " by " + pending.firstStep()
                + " and a two-factor code");
        if (pending.rememberBrowser()) {
            response.addCookie(trustedBrowserCookie(request, secondFactor.trustedBrowserToken(user)));
        }
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/");
    }

    private static Cookie trustedBrowserCookie(HttpServletRequest request, String token) {
        Cookie cookie = new Cookie(SignInDetails.TRUSTED_BROWSER_COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) REMEMBER_BROWSER.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

}
