/**
 * Two-factor sign-in: the second step of signing in and the user's own two-factor settings.
 */
@NullMarked
package com.payerlink.twofactor.ui;

import org.jspecify.annotations.NullMarked;
