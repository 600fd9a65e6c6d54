package com.payerlink.webhook.domain;

import java.util.Set;

/** What an org admin sets of a webhook: where it goes, which events, and whether it is on. */
public record WebhookInput(String url, Set<WebhookEventType> events, boolean enabled) {
}
