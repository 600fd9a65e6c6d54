package com.payerlink.core.security;

/** What a user whose password was right must still do before their session is signed in. */
public enum SecondStep {

    /** Nothing: no two-factor sign-in, or a browser the user chose to remember. */
    NONE,

    /** Type a code from their authenticator app (or a recovery code). */
    CODE,

    /** Set up an authenticator app first: two-factor sign-in is required for them and they have none yet. */
    ENROL

}
