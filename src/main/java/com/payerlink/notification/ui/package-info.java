/**
 * The outbox view: the tenant's sent, pending and failed e-mails, with retry.
 */
@NullMarked
package com.payerlink.notification.ui;

import org.jspecify.annotations.NullMarked;
