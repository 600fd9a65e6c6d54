package com.payerlink.core.security;

import org.springframework.security.authentication.AccountStatusException;

import java.time.OffsetDateTime;

/**
 * A sign-in attempt refused before its password was checked, because its client address or e-mail address made
 * too many attempts. An {@link AccountStatusException}, so that no other provider goes on to check the password.
 */
public class SignInPausedException extends AccountStatusException {

    private final OffsetDateTime pausedUntil;

    public SignInPausedException(OffsetDateTime pausedUntil) {
        super("Too many sign-in attempts; sign-in pauses until " + pausedUntil);
        this.pausedUntil = pausedUntil;
    }

    public OffsetDateTime pausedUntil() {
        return pausedUntil;
    }

}
