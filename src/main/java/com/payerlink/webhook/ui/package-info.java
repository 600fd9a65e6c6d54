/** The Notifications view: a tenant's webhooks, their delivery log, and the user's daily digest switch. */
@NullMarked
package com.payerlink.webhook.ui;

import org.jspecify.annotations.NullMarked;
