/**
 * Invitations: a private, expiring link with which an end customer connects one account without a login
 * ({@code domain}), its public page and the invitations list ({@code ui}).
 */
@NullMarked
package com.payerlink.invitation;

import org.jspecify.annotations.NullMarked;
