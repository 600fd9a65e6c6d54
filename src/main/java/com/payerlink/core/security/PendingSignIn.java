package com.payerlink.core.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A sign-in between its two steps, kept in the HTTP session (never in the security context): the password was right
 * (or the tenant's identity provider signed the user in), the code is still to come. Only {@link SecondStepCompletion}
 * turns it into a signed-in session, and only once the second step marked it {@link #verified}. It lasts a few minutes and allows a few wrong codes; then the user starts
 * again with the password, whose attempts are counted.
 */
public final class PendingSignIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The HTTP session attribute that holds it. */
    public static final String ATTRIBUTE = PendingSignIn.class.getName();

    static final Duration LIFETIME = Duration.ofMinutes(10);

    static final int MAX_WRONG_CODES = 5;

    private final PayerlinkUser user;

    private final String clientAddress;

    private final SecondStep step;

    /** How the first step was taken, as the audit log names it: "password" or "single sign-on". */
    private final String firstStep;

    private final Instant startedAt;

    private int wrongCodes;

    private boolean verified;

    private boolean rememberBrowser;

    /** After a right password. */
    public PendingSignIn(PayerlinkUser user, String clientAddress, SecondStep step) {
        this(user, clientAddress, step, "password");
    }

    /** After the first step named (e.g. "single sign-on"). */
    public PendingSignIn(PayerlinkUser user, String clientAddress, SecondStep step, String firstStep) {
        this.user = user;
        this.clientAddress = clientAddress;
        this.step = step;
        this.firstStep = firstStep;
        this.startedAt = Instant.now(Clock.systemUTC());
    }

    /** The pending sign-in kept in a session (any session API: servlet or Vaadin), unless it has run out. */
    public static Optional<PendingSignIn> in(Function<String, Object> sessionAttribute) {
        return Optional.ofNullable(sessionAttribute.apply(ATTRIBUTE))
            .filter(PendingSignIn.class::isInstance)
            .map(PendingSignIn.class::cast)
            .filter(PendingSignIn::usable);
    }

    public PayerlinkUser user() {
        return user;
    }

    public SecondStep step() {
        return step;
    }

    String clientAddress() {
        return clientAddress;
    }

    String firstStep() {
        return firstStep;
    }

    boolean isVerified() {
        return verified;
    }

    boolean rememberBrowser() {
        return rememberBrowser;
    }

    /** Still within its lifetime and its allowance of wrong codes. */
    public boolean usable() {
        return wrongCodes < MAX_WRONG_CODES && Instant.now(Clock.systemUTC()).isBefore(startedAt.plus(LIFETIME));
    }

    /** Counts a wrong code; returns whether another attempt is allowed. */
    public synchronized boolean wrongCode() {
        wrongCodes++;
        return usable();
    }

    /** The second step succeeded: the session may now be signed in. */
    public synchronized void verified(boolean rememberThisBrowser) {
        this.verified = true;
        this.rememberBrowser = rememberThisBrowser;
    }

}
