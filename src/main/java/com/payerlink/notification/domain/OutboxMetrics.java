package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;

/**
 * Gauges of the outbox for operators: {@code payerlink.outbox.queued} (mails waiting, over every tenant) and
 * {@code payerlink.outbox.oldest.age} (seconds the oldest waiting mail has waited). Read from PostgreSQL when
 * scraped, at most once a second, so every node reports the cluster's one outbox.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutboxMetrics implements MeterBinder {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final OutboxDAO outboxDAO;

    private final ScopedTransactions scoped;

    private OutboxBacklog last = new OutboxBacklog(0, null);

    private long readAt;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("payerlink.outbox.queued", this, m -> m.backlog().queued())
            .description("Mails waiting in the outbox, over every tenant").register(registry);
        Gauge.builder("payerlink.outbox.oldest.age", this, m -> m.backlog().oldestAge(OffsetDateTime.now()).toMillis() / 1000.0)
            .description("How long the oldest waiting mail has waited").baseUnit("seconds").register(registry);
    }

    private synchronized OutboxBacklog backlog() {
        long now = System.nanoTime();
        if (readAt == 0 || now - readAt > FRESH_NANOS) {
            last = scoped.call(DatabaseScope.NONE, outboxDAO::backlog);
            readAt = now;
        }
        return last;
    }

}
