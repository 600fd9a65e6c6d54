/** Tenants' identity providers, their client registrations, SSO sign-in and its rules. */
@NullMarked
package com.payerlink.sso.domain;

import org.jspecify.annotations.NullMarked;
