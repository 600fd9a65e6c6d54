/**
 * Two-factor sign-in: codes, secrets, recovery codes and the sign-in's second step.
 */
@NullMarked
package com.payerlink.twofactor.domain;

import org.jspecify.annotations.NullMarked;
