/** The org admin's single sign-on settings and the e-mail-first SSO sign-in page. */
@NullMarked
package com.payerlink.sso.ui;

import org.jspecify.annotations.NullMarked;
