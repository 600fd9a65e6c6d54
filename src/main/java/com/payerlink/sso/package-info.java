/**
 * Single sign-on with OpenID Connect per tenant: the org admin's provider settings, the registrations the OAuth2
 * client reads from the database, just-in-time users and "SSO only" ({@code domain}); the settings view and the
 * e-mail-first sign-in page ({@code ui}).
 */
@NullMarked
package com.payerlink.sso;

import org.jspecify.annotations.NullMarked;
