package com.payerlink.notification.domain;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The outbox over every tenant: how many mails wait to be sent, and since when the oldest waits (null: none). */
record OutboxBacklog(long queued, @Nullable OffsetDateTime oldest) {

    /** How long the oldest waiting mail has waited; zero when none waits. */
    Duration oldestAge(OffsetDateTime now) {
        return oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now);
    }

}
