/**
 * The end customer's public invitation page and the operators' list of invitations.
 */
@NullMarked
package com.payerlink.invitation.ui;

import org.jspecify.annotations.NullMarked;
