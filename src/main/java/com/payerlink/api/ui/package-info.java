/**
 * The org admin's API tokens view: list, create (the secret shown once) and revoke tokens.
 */
@NullMarked
package com.payerlink.api.ui;

import org.jspecify.annotations.NullMarked;
