package com.payerlink.core.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way to sign in besides the password form (single sign-on), added to the portal's one security chain by the
 * feature that provides it, so that the shell does not depend on the feature.
 */
public interface SignInMethod {

    /** Adds the method's filters and endpoints to the portal's chain. */
    void configure(HttpSecurity http) throws Exception;

}
