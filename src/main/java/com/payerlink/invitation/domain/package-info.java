/**
 * Invitations: their tokens, sending and expiry, the invitation bulk action, and the wizard steps an end customer
 * may do through the link.
 */
@NullMarked
package com.payerlink.invitation.domain;

import org.jspecify.annotations.NullMarked;
