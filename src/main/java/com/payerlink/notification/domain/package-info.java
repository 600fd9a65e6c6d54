/**
 * E-mail through an outbox table: messages queued in the sender's transaction, sent and retried by a scheduled
 * sender, their templates and the portal links they carry.
 */
@NullMarked
package com.payerlink.notification.domain;

import org.jspecify.annotations.NullMarked;
