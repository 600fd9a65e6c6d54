/**
 * Sign-in and roles: the user directory, the lock-out after failed sign-ins, the signed-in principal and the
 * security configuration.
 */
@NullMarked
package com.payerlink.core.security;

import org.jspecify.annotations.NullMarked;
