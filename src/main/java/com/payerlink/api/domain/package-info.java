/**
 * API tokens (created, hashed, checked, revoked) and the account update that saves several wizard steps in one call.
 */
@NullMarked
package com.payerlink.api.domain;

import org.jspecify.annotations.NullMarked;
