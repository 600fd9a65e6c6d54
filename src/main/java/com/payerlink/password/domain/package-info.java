/** One-time password links (stored hashed, single-use, expiring), their mails, and password changes. */
@NullMarked
package com.payerlink.password.domain;

import org.jspecify.annotations.NullMarked;
