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
 * Where a sign-in that did not (yet) sign a session in leads. A right password with a second step to take goes to
 * that step, the {@link PendingSignIn} kept in a fresh session. Every failure goes back to the login view with one
 * and the same answer (wrong password, unknown e-mail address, disabled user, paused attempts), so that nobody learns
 * which addresses exist; the audit log keeps which it was. The attempts are counted by {@link ThrottledSignIn}
 * before the password is checked.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SignInOutcomes implements AuthenticationFailureHandler {

    /** The view of the second step. */
    public static final String SECOND_STEP_PATH = "login/second-step";

    private final PortalMetrics metrics;

    private final SignInDirectory directory;

    /**
     * Keeps the pending sign-in in the session (under a new id) and sends the browser to the second step; no session
     * is signed in. Every way of signing in (password, single sign-on) goes through here.
     */
    public static void toSecondStep(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending)
            throws IOException {
        request.getSession(true);
        // whoever knew the session's id before the first step does not know it after
        request.changeSessionId();
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
        response.sendRedirect(request.getContextPath() + "/" + SECOND_STEP_PATH);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof SecondFactorRequired required) {
            toSecondStep(request, response, required.pending());
            return;
        }
        boolean paused = exception instanceof SignInPausedException;
        // operators may tell pauses apart (a guessing run); the user's answer stays one and the same
        metrics.signInFailed(paused ? "paused" : "rejected");
        String email = request.getParameter("username");
        directory.audit(email == null ? "" : email, paused ? "SIGN_IN_PAUSED" : "SIGN_IN_FAILED",
                "from " + request.getRemoteAddr() + (paused ? ": too many attempts, sign-in pauses" : ""));
        // a right password refused by a rule (e.g. SSO only) is explained: only the password's owner gets that far
        String reason = exception instanceof SignInRefusedException refused ? refused.reason() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

}
