package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.EmailOutboxRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.EMAIL_OUTBOX;

/**
 * The outbox rows of a tenant, or of the platform (tenant null: platform staff's password links). Every query names
 * the tenant; row-level security backs it up.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutboxDAO {

    static final String REDACTED = "[private link: only in the mail itself]";

    private static final com.payerlink.db.tables.EmailOutbox O = EMAIL_OUTBOX;

    private final DSLContext dsl;

    /** Queues one mail; a mail with the same dedup key is queued once only. */
    boolean insert(@Nullable UUID tenantId, String kind, String recipient, MailContent content, String secret, String dedupKey) {
        return dsl.insertInto(O)
            .set(O.TENANT_ID, tenantId)
            .set(O.KIND, kind)
            .set(O.RECIPIENT, recipient)
            .set(O.SUBJECT, content.subject())
            .set(O.TEXT_BODY, content.text())
            .set(O.HTML_BODY, content.html())
            .set(O.SECRET, secret)
            .set(O.DEDUP_KEY, dedupKey)
            .onConflictDoNothing()
            .execute() == 1;
    }

    List<OutboxMessage> page(UUID tenantId, OutboxStatus status, int offset, int limit) {
        return dsl.selectFrom(O)
            .where(condition(tenantId, status))
            .orderBy(O.CREATED_AT.desc(), O.ID.desc())
            .offset(offset)
            .limit(limit)
            .fetch(OutboxDAO::toMessage);
    }

    int count(UUID tenantId, OutboxStatus status) {
        return dsl.fetchCount(O, condition(tenantId, status));
    }

    /** When the tenant's oldest mail still waiting to be sent was queued, if one waits. */
    Optional<OffsetDateTime> oldestQueued(UUID tenantId) {
        return Optional.ofNullable(dsl.select(DSL.min(O.CREATED_AT)).from(O)
            .where(O.TENANT_ID.eq(tenantId).and(O.STATUS.eq(OutboxStatus.QUEUED.name()))).fetchOne(0, OffsetDateTime.class));
    }

    /** Whether a mail of the tenant that still waits has failed an attempt (and so carries the server's error). */
    boolean queuedHaveErrors(UUID tenantId) {
        return dsl.fetchExists(O, O.TENANT_ID.eq(tenantId).and(O.STATUS.eq(OutboxStatus.QUEUED.name()))
            .and(O.LAST_ERROR.isNotNull()));
    }

    Optional<EmailOutboxRecord> find(UUID tenantId, long id) {
        return dsl.selectFrom(O).where(O.TENANT_ID.eq(tenantId).and(O.ID.eq(id))).fetchOptional();
    }

    /**
     * Claims the tenant's due mails: each counts an attempt and is left alone by other senders for
     * the lease. Rows another sender holds right now are skipped, so portal nodes never send twice.
     * Oldest first, so the updates of one ticket arrive in order.
     */
    List<EmailOutboxRecord> claimDue(@Nullable UUID tenantId, int limit, Duration lease) {
        // the ids first, in a statement of their own: as a subquery of the update, PostgreSQL may run the locking
        // select more than once, and each run skips the rows the one before locked, so more than the limit were claimed
        List<Long> due = dsl.select(O.ID).from(O)
            .where(ofTenant(tenantId).and(O.STATUS.eq(OutboxStatus.QUEUED.name()))
                .and(O.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime())))
            .orderBy(O.NEXT_ATTEMPT_AT, O.ID)
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(O.ID);
        if (due.isEmpty()) {
            return List.of();
        }
        return dsl.update(O)
            .set(O.ATTEMPTS, O.ATTEMPTS.plus(1))
            .set(O.NEXT_ATTEMPT_AT, OffsetDateTime.now().plus(lease))
            .where(O.ID.in(due))
            .returning()
            .fetch()
            .sortAsc(O.ID);
    }

    /** How many of the tenant's mails went out since then: what counts against its hourly limit. */
    int countSentSince(@Nullable UUID tenantId, OffsetDateTime since) {
        return dsl.fetchCount(O, ofTenant(tenantId).and(O.STATUS.eq(OutboxStatus.SENT.name()))
            .and(O.SENT_AT.gt(since)));
    }

    /** Sent: the (encrypted) secret, e.g. an invitation's token, is no longer kept at all. */
    void markSent(@Nullable UUID tenantId, long id) {
        dsl.update(O)
            .set(O.STATUS, OutboxStatus.SENT.name())
            .set(O.SENT_AT, OffsetDateTime.now())
            .set(O.LAST_ERROR, (String) null)
            .set(O.SECRET, (String) null)
            .where(ofTenant(tenantId).and(O.ID.eq(id))).execute();
    }

    void markAttemptFailed(@Nullable UUID tenantId, long id, String error, OffsetDateTime nextAttempt) {
        dsl.update(O)
            .set(O.LAST_ERROR, error)
            .set(O.NEXT_ATTEMPT_AT, nextAttempt)
            .where(ofTenant(tenantId).and(O.ID.eq(id)))
            .execute();
    }

    void markFailed(@Nullable UUID tenantId, long id, String error) {
        dsl.update(O)
            .set(O.STATUS, OutboxStatus.FAILED.name())
            .set(O.LAST_ERROR, error)
            .where(ofTenant(tenantId).and(O.ID.eq(id)))
            .execute();
    }

    void requeue(UUID tenantId, long id) {
        dsl.update(O)
            .set(O.STATUS, OutboxStatus.QUEUED.name())
            .set(O.ATTEMPTS, 0)
            .set(O.NEXT_ATTEMPT_AT, OffsetDateTime.now())
            .where(O.TENANT_ID.eq(tenantId).and(O.ID.eq(id)).and(O.STATUS.eq(OutboxStatus.FAILED.name())))
            .execute();
    }

    /**
     * The tenants with mail due, through the schema's narrow function (the sender serves every tenant); an empty
     * tenant stands for the platform's own mail.
     */
    List<Optional<UUID>> tenantsWithMailDue() {
        return dsl.fetch("select payerlink_outbox_due_tenants()").getValues(0, UUID.class).stream()
            .map(Optional::ofNullable).toList();
    }

    /** Mails waiting over every tenant and the creation time of the oldest (null: none), for the metrics. */
    OutboxBacklog backlog() {
        Record2<Long, OffsetDateTime> r = dsl.resultQuery("select queued, oldest from payerlink_outbox_backlog()")
            .coerce(DSL.field("queued", Long.class), DSL.field("oldest", OffsetDateTime.class)).fetchOne();
        return r == null ? new OutboxBacklog(0, null) : new OutboxBacklog(r.value1(), r.value2());
    }

    /** The tenant's rows, or the platform's (tenant null). */
    private static Condition ofTenant(@Nullable UUID tenantId) {
        return tenantId == null ? O.TENANT_ID.isNull() : O.TENANT_ID.eq(tenantId);
    }

    private static Condition condition(UUID tenantId, OutboxStatus status) {
        Condition c = O.TENANT_ID.eq(tenantId);
        return status == null ? c : c.and(O.STATUS.eq(status.name()));
    }

    static OutboxMessage toMessage(EmailOutboxRecord r) {
        return new OutboxMessage(r.getId(), r.getKind(), r.getRecipient(), r.getSubject(), r.getTextBody(),
                OutboxStatus.valueOf(r.getStatus()), r.getAttempts(), r.getNextAttemptAt(), r.getLastError(),
                r.getCreatedAt(), r.getSentAt());
    }

}
