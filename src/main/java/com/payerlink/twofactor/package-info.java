/**
 * Two-factor sign-in (issue 16, item 2): a time-based one-time code (TOTP, RFC 6238) after the password, recovery
 * codes, remembered browsers, and the tenant's choice to require it.
 */
@NullMarked
package com.payerlink.twofactor;

import org.jspecify.annotations.NullMarked;
