package com.payerlink.core.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The portal's one way to check a password: each attempt is counted in the database first (see {@link SignInLimits}),
 * and only an attempt within the limits gets its password checked. Counting first, atomically, is what keeps a
 * burst of parallel attempts, on one node or several, from getting more guesses checked than the limits allow.
 */
@Component
public class ThrottledSignIn implements AuthenticationProvider {

    private final SignInDirectory directory;

    private final DaoAuthenticationProvider passwordCheck;

    private final List<PasswordSignInCheck> checks;

    ThrottledSignIn(SignInDirectory directory, PasswordEncoder passwordEncoder, List<PasswordSignInCheck> checks) {
        this.directory = directory;
        this.checks = checks;
        this.passwordCheck = new DaoAuthenticationProvider(directory);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        // disabled users are told apart only after the password check, so their answer takes as long as anyone's
        passwordCheck.setPreAuthenticationChecks(user -> {
        });
        passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName() == null ? "" : attempt.getName();
        String address = clientAddress(attempt);
        OffsetDateTime pausedUntil = directory.countAttempt(email, address);
        if (pausedUntil != null) {
            throw new SignInPausedException(pausedUntil);
        }
        Authentication signedIn = passwordCheck.authenticate(attempt);
        directory.recordSuccess(email, address);
        if (signedIn.getPrincipal() instanceof PayerlinkUser user) {
            checks.forEach(check -> check.check(user));
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container sees it (behind a proxy: set server.forward-headers-strategy). */
    private static String clientAddress(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

}
