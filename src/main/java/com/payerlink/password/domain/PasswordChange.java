package com.payerlink.password.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.PasswordRules;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.SecondFactorRequired;
import com.payerlink.core.security.SignInPausedException;
import com.payerlink.core.security.ThrottledSignIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * A signed-in user changes their own password. The current password is checked like a sign-in (counted by the same
 * throttle, so the form is no way around it); the new one must follow {@link PasswordRules}. Other sessions of the
 * user end; the one that changed it goes on.
 */
@Service
@RequiredArgsConstructor
public class PasswordChange {

    private final ThrottledSignIn signIn;

    private final PasswordLinkDAO dao;

    private final PasswordEncoder passwordEncoder;

    private final AuditLog auditLog;

    /**
     * Changes the user's password.
     *
     * @param clientAddress where the request came from, counted like a sign-in attempt
     * @return the user as their session goes on (under the new security stamp)
     */
    public PayerlinkUser change(PayerlinkUser user, String current, String password, String repeated, String clientAddress) {
        checkCurrent(user, current, clientAddress);
        PasswordRules.check("password", password);
        if (password.equals(current)) {
            throw new InvalidInputException("password", "Choose a password different from the current one.");
        }
        if (!password.equals(repeated)) {
            throw new InvalidInputException("repeated", "The two passwords differ; type the same password twice.");
        }
        int stamp = dao.change(user.id(), passwordEncoder.encode(password))
            .orElseThrow(() -> new InvalidInputException(null, "Your access has ended; sign in again."));
        auditLog.record(user.tenantId(), "PASSWORD_CHANGED", user.email());
        return user.withNewPassword(stamp);
    }

    private void checkCurrent(PayerlinkUser user, String current, String clientAddress) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(user.email(), current == null ? "" : current);
        attempt.setDetails(new WebAuthenticationDetails(clientAddress, null));
        try {
            signIn.authenticate(attempt);
        }
        catch (SecondFactorRequired rightPassword) {
            // the password was right; the second step belongs to signing in, not to proving who is changing it
        }
        catch (SignInPausedException e) {
            throw new InvalidInputException("current", "Too many wrong passwords in a row; wait a few minutes and try again.");
        }
        catch (AuthenticationException e) {
            throw new InvalidInputException("current", "This is not your current password. Type the one you signed in with.");
        }
    }

}
