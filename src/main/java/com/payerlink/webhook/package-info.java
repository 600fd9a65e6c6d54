/**
 * Per-tenant webhooks: signed JSON events about accounts, tickets and imports, delivered with retries from a durable
 * queue ({@code domain}), and the org admins' view of endpoints and their delivery log ({@code ui}).
 */
@NullMarked
package com.payerlink.webhook;

import org.jspecify.annotations.NullMarked;
