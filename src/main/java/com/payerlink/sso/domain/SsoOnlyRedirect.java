package com.payerlink.sso.domain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * "SSO only" on the password form: an address of an organisation that signs in by single sign-on only goes to that
 * organisation's identity provider (through the SSO page) instead of having a password checked. Decided before any
 * password check by the address's domain (which the SSO page tells anyone too); every other address, known or not,
 * gets the password form's one answer as ever, so addresses of other domains tell nothing about which tenants exist. An address of the domain
 * that belongs to someone outside the organisation (platform staff, another tenant's user) keeps the password form:
 * claiming a domain never takes the platform's or another tenant's sign-in away.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SsoOnlyRedirect extends OncePerRequestFilter {

    /** Where the password form posts (the login view's processing URL) and the field of its e-mail address. */
    static final String PASSWORD_FORM = "/login";

    static final String EMAIL_PARAMETER = "username";

    private final SsoSignIn signIn;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !PASSWORD_FORM.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> ssoPage = signIn.insteadOfPassword(request.getParameter(EMAIL_PARAMETER));
        if (ssoPage.isPresent()) {
            response.sendRedirect(request.getContextPath() + "/" + ssoPage.get());
            return;
        }
        chain.doFilter(request, response);
    }

}
