package com.payerlink.webhook.domain;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;
import java.util.Arrays;
import java.util.Optional;

/** What a webhook can receive; {@link #type()} is the event's {@code type} in its JSON and its header. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum WebhookEventType {

    ACCOUNT_STATE_CHANGED("account.state_changed", "Account state changed"),
    ACCOUNT_HEALTH_DEGRADED("account.health_degraded", "Account health degraded"),
    ACCOUNT_HEALTH_RECOVERED("account.health_recovered", "Account health recovered"),
    ACCOUNT_READY("account.ready", "Account ready"),
    TICKET_UPDATED("ticket.updated", "Ticket updated"),
    IMPORT_APPLIED("import.applied", "Import applied"),
    /** "Send test event": goes to the one webhook asked, whatever it subscribes to. */
    TEST("webhook.test", "Test event");

    private final String type;

    private final String label;

    /** The events a webhook may subscribe to (all but the test event). */
    public static java.util.List<WebhookEventType> subscribable() {
        return Arrays.stream(values()).filter(t -> t != TEST).toList();
    }

    public static Optional<WebhookEventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

}
