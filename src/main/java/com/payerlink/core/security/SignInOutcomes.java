package com.payerlink.core.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.metrics.PortalMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Where a failed sign-in leads: back to the login view with one and the same answer for every failure (wrong
 * password, unknown e-mail address, disabled user, paused attempts), so that nobody learns which addresses exist.
 * The attempts are counted by {@link ThrottledSignIn} before the password is checked.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SignInOutcomes implements AuthenticationFailureHandler {

    private final PortalMetrics metrics;

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        // operators may tell pauses apart (a guessing run); the user's answer stays one and the same
        metrics.signInFailed(exception instanceof SignInPausedException ? "paused" : "rejected");
        // a right password refused by a rule (e.g. SSO only) is explained: only the password's owner gets that far
        String reason = exception instanceof SignInRefusedException refused ? refused.reason() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

}
