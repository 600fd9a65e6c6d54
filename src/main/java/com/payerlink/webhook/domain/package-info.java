/** Webhooks, their events, the delivery queue and log, signatures, and the refusal of internal addresses. */
@NullMarked
package com.payerlink.webhook.domain;

import org.jspecify.annotations.NullMarked;
