package com.payerlink.core.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, and the user still has a second step to take: no session is signed in yet. The sign-in's
 * failure path turns it into a {@link PendingSignIn} and sends the browser to the second step.
 */
public class SecondFactorRequired extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final transient PendingSignIn pending;

    public SecondFactorRequired(PendingSignIn pending) {
        super("A second step is required");
        this.pending = pending;
    }

    public PendingSignIn pending() {
        return pending;
    }

}
