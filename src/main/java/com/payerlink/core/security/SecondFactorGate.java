package com.payerlink.core.security;

import org.jspecify.annotations.Nullable;

/**
 * The second factor of signing in, as the sign-in path sees it (the two-factor feature provides it): asked after the
 * password check and before any session is signed in.
 */
public interface SecondFactorGate {

    /**
     * @param trustedBrowser the remember-this-browser cookie's value, if the browser sent one
     */
    SecondStep stepFor(PayerlinkUser user, @Nullable String trustedBrowser);

    /** The value of the remember-this-browser cookie for the user, bound to the user's current access and enrolment. */
    String trustedBrowserToken(PayerlinkUser user);

}
