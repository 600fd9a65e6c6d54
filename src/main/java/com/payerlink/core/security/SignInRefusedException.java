package com.payerlink.core.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in with the right password that a rule refuses (see {@link PasswordSignInCheck}); the login view explains
 * the reason, which is the name of its query parameter there (e.g. {@code sso-only}).
 */
public class SignInRefusedException extends AuthenticationException {

    private final String reason;

    public SignInRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

}
