package com.payerlink.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * What a sign-in attempt leads to: failures count towards the lockout and send the browser back to
 * the login view with the reason; a success clears the counter.
 */
@Component
public class SignInOutcomes implements AuthenticationFailureHandler {

    private final SignInDirectory directory;

    public SignInOutcomes(SignInDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = "error";
        if (exception instanceof LockedException) {
            reason = "locked";
        }
        else if (exception instanceof DisabledException) {
            reason = "disabled";
        }
        else if (exception instanceof BadCredentialsException
                && directory.recordFailure(request.getParameter("username")) != null) {
            reason = "locked";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PayerlinkUser user) {
            directory.recordSuccess(user.id());
        }
    }

}
