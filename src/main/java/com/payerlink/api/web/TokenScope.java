package com.payerlink.api.web;

import com.payerlink.core.security.Role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least scope an API token needs for an endpoint: {@link Role#VIEWER} (reads), {@link Role#OPERATOR} (changes
 * accounts) or {@link Role#ORG_ADMIN} (registers and disconnects connections); a wider scope includes the narrower
 * ones. Checked before the endpoint runs ({@link TokenScopes}) and written into the OpenAPI document, so that both
 * say the same. The services check the role again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
@interface TokenScope {

    Role value();

}
