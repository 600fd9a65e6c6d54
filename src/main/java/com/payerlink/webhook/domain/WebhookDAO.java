package com.payerlink.webhook.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.WebhookDeliveryRecord;
import com.payerlink.db.tables.records.WebhookRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.payerlink.db.Tables.WEBHOOK;
import static com.payerlink.db.Tables.WEBHOOK_ATTEMPT;
import static com.payerlink.db.Tables.WEBHOOK_DELIVERY;

/** A tenant's webhooks, their delivery queue and its attempts. Every query names the tenant; RLS backs it up. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WebhookDAO {

    private static final com.payerlink.db.tables.Webhook W = WEBHOOK;

    private static final com.payerlink.db.tables.WebhookDelivery D = WEBHOOK_DELIVERY;

    private final DSLContext dsl;

    /** A delivery due now, with where it goes and how it is signed. */
    record Due(long id, UUID eventId, String eventType, String payload, int attempts, String url, String secret) {
    }

    List<Webhook> list(UUID tenantId) {
        return dsl.selectFrom(W).where(W.TENANT_ID.eq(tenantId)).orderBy(W.CREATED_AT, W.ID).fetch(WebhookDAO::toWebhook);
    }

    Optional<WebhookRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(W).where(W.TENANT_ID.eq(tenantId).and(W.ID.eq(id))).fetchOptional();
    }

    WebhookRecord newRecord() {
        return dsl.newRecord(W);
    }

    /** The enabled webhooks of the tenant with the events each receives. */
    List<Webhook> enabled(UUID tenantId) {
        return dsl.selectFrom(W).where(W.TENANT_ID.eq(tenantId).and(W.ENABLED)).fetch(WebhookDAO::toWebhook);
    }

    /** Queues one event for one webhook; the same event is queued once per webhook. */
    Optional<Long> queue(UUID tenantId, UUID webhookId, UUID eventId, String eventType, String payload) {
        return queue(tenantId, webhookId, eventId, eventType, payload, OffsetDateTime.now());
    }

    /** As {@link #queue(UUID, UUID, UUID, String, String)}, due for the delivery job only from {@code dueAt}. */
    Optional<Long> queue(UUID tenantId, UUID webhookId, UUID eventId, String eventType, String payload,
            OffsetDateTime dueAt) {
        return dsl.insertInto(D)
            .set(D.TENANT_ID, tenantId)
            .set(D.WEBHOOK_ID, webhookId)
            .set(D.EVENT_ID, eventId)
            .set(D.EVENT_TYPE, eventType)
            .set(D.PAYLOAD, payload)
            .set(D.NEXT_ATTEMPT_AT, dueAt)
            .onConflictDoNothing()
            .returning(D.ID)
            .fetchOptional(D.ID);
    }

    /** The tenant's due deliveries (or the one queued delivery asked for), oldest first. */
    List<Due> due(UUID tenantId, Long onlyId, int limit) {
        return dsl.select(D.ID, D.EVENT_ID, D.EVENT_TYPE, D.PAYLOAD, D.ATTEMPTS, W.URL, W.SECRET)
            .from(D).join(W).on(W.ID.eq(D.WEBHOOK_ID))
            .where(D.TENANT_ID.eq(tenantId).and(D.STATUS.eq(DeliveryStatus.QUEUED.name()))
                // a webhook switched off holds its deliveries until it is on again; a test event goes anyway
                .and(onlyId == null ? D.NEXT_ATTEMPT_AT.le(OffsetDateTime.now()).and(W.ENABLED) : D.ID.eq(onlyId)))
            .orderBy(D.NEXT_ATTEMPT_AT, D.ID)
            .limit(limit)
            .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /**
     * Logs an attempt and moves the delivery on: delivered, due again at {@code retryAt}, or failed (retryAt null);
     * unless another sender has recorded this attempt already (then only the log has it twice).
     */
    void recordAttempt(UUID tenantId, long id, int seenAttempts, Integer statusCode, String error, int durationMs,
            boolean delivered, OffsetDateTime retryAt) {
        dsl.insertInto(WEBHOOK_ATTEMPT)
            .set(WEBHOOK_ATTEMPT.TENANT_ID, tenantId)
            .set(WEBHOOK_ATTEMPT.DELIVERY_ID, id)
            .set(WEBHOOK_ATTEMPT.STATUS_CODE, statusCode)
            .set(WEBHOOK_ATTEMPT.ERROR, error)
            .set(WEBHOOK_ATTEMPT.DURATION_MS, durationMs)
            .execute();
        DeliveryStatus status = delivered ? DeliveryStatus.DELIVERED
                : retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED;
        var update = dsl.update(D)
            .set(D.STATUS, status.name())
            .set(D.ATTEMPTS, D.ATTEMPTS.plus(1))
            .set(D.LAST_STATUS_CODE, statusCode)
            .set(D.LAST_ERROR, error)
            .set(D.DELIVERED_AT, delivered ? OffsetDateTime.now() : null);
        (retryAt == null ? update : update.set(D.NEXT_ATTEMPT_AT, retryAt))
            .where(D.TENANT_ID.eq(tenantId).and(D.ID.eq(id)).and(D.STATUS.eq(DeliveryStatus.QUEUED.name()))
                .and(D.ATTEMPTS.eq(seenAttempts)))
            .execute();
    }

    /** A webhook's delivery log, newest first. */
    List<WebhookDelivery> deliveries(UUID tenantId, UUID webhookId, int offset, int limit) {
        return dsl.selectFrom(D).where(D.TENANT_ID.eq(tenantId).and(D.WEBHOOK_ID.eq(webhookId)))
            .orderBy(D.CREATED_AT.desc(), D.ID.desc())
            .offset(offset).limit(limit)
            .fetch(WebhookDAO::toDelivery);
    }

    int countDeliveries(UUID tenantId, UUID webhookId) {
        return dsl.fetchCount(D, D.TENANT_ID.eq(tenantId).and(D.WEBHOOK_ID.eq(webhookId)));
    }

    Optional<WebhookDelivery> delivery(UUID tenantId, long id) {
        return dsl.selectFrom(D).where(D.TENANT_ID.eq(tenantId).and(D.ID.eq(id))).fetchOptional(WebhookDAO::toDelivery);
    }

    /** The tenants with deliveries due, through the schema's narrow function (the job serves every tenant). */
    List<UUID> tenantsWithDeliveriesDue() {
        return dsl.fetch("select payerlink_webhook_due_tenants()").getValues(0, UUID.class);
    }

    static Webhook toWebhook(WebhookRecord r) {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(r.getEvents()).forEach(t -> WebhookEventType.ofType(t).ifPresent(events::add));
        return new Webhook(r.getId(), r.getUrl(), events, r.getSecret(), r.getEnabled(), r.getCreatedBy(),
                r.getCreatedAt(), r.getVersion());
    }

    static WebhookDelivery toDelivery(WebhookDeliveryRecord r) {
        return new WebhookDelivery(r.getId(), r.getWebhookId(), r.getEventId(), r.getEventType(), r.getPayload(),
                DeliveryStatus.valueOf(r.getStatus()), r.getAttempts(), r.getNextAttemptAt(), r.getLastStatusCode(),
                r.getLastError(), r.getCreatedAt(), r.getDeliveredAt());
    }

}
