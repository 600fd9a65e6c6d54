package com.payerlink.core.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A rule that may refuse a password sign-in after the password was found right (e.g. a tenant that signs in by
 * single sign-on only). Only then, so that its refusal tells nothing to someone who does not know the password.
 */
public interface PasswordSignInCheck {

    /** @throws AuthenticationException when the user may not sign in with a password */
    void check(PayerlinkUser user);

}
