package com.payerlink.audit.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record6;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.payerlink.db.Tables.AUDIT_LOG;
import static com.payerlink.db.Tables.TENANT;

/**
 * Reads the audit log, newest first. A tenant's reader names the tenant in every query; the platform's reader (null
 * tenant) reads every tenant's, which row-level security allows only platform admins.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditTrailDAO {

    private static final int EXPORT_FETCH_SIZE = 1000;

    private final DSLContext dsl;

    List<AuditEntry> page(@Nullable UUID tenantId, AuditFilter filter, int offset, int limit) {
        return select(tenantId, filter)
            .orderBy(AUDIT_LOG.CREATED_AT.desc(), AUDIT_LOG.ID.desc())
            .offset(offset)
            .limit(limit)
            .fetch(AuditTrailDAO::toEntry);
    }

    /** Hands every matching entry, newest first, to the consumer without holding them all in memory. */
    void forEach(@Nullable UUID tenantId, AuditFilter filter, Consumer<AuditEntry> consumer) {
        try (Stream<Record6<Long, OffsetDateTime, String, String, String, String>> rows = select(tenantId, filter)
            .orderBy(AUDIT_LOG.CREATED_AT.desc(), AUDIT_LOG.ID.desc())
            .fetchSize(EXPORT_FETCH_SIZE)
            .stream()) {
            rows.map(AuditTrailDAO::toEntry).forEach(consumer);
        }
    }

    /** The actions the log holds, for the action filter (features may add actions of their own). */
    List<String> actions(@Nullable UUID tenantId) {
        return dsl.selectDistinct(AUDIT_LOG.ACTION).from(AUDIT_LOG)
            .where(tenantCondition(tenantId))
            .orderBy(AUDIT_LOG.ACTION)
            .fetch(AUDIT_LOG.ACTION);
    }

    private SelectConditionStep<Record6<Long, OffsetDateTime, String, String, String, String>> select(@Nullable UUID tenantId, AuditFilter filter) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.CREATED_AT, TENANT.NAME, AUDIT_LOG.ACTOR_EMAIL, AUDIT_LOG.ACTION,
                    AUDIT_LOG.DETAIL)
            .from(AUDIT_LOG)
            .leftJoin(TENANT).on(TENANT.ID.eq(AUDIT_LOG.TENANT_ID))
            .where(tenantCondition(tenantId))
            .and(DSL.and(conditions(filter)));
    }

    private static Condition tenantCondition(@Nullable UUID tenantId) {
        return tenantId == null ? DSL.trueCondition() : AUDIT_LOG.TENANT_ID.eq(tenantId);
    }

    private static List<Condition> conditions(AuditFilter f) {
        Condition from = f.from() == null ? DSL.noCondition() : AUDIT_LOG.CREATED_AT.ge(f.from().atOffset(ZoneOffset.UTC));
        Condition until = f.until() == null ? DSL.noCondition() : AUDIT_LOG.CREATED_AT.lt(f.until().atOffset(ZoneOffset.UTC));
        Condition actor = blank(f.actor()) ? DSL.noCondition() : AUDIT_LOG.ACTOR_EMAIL.containsIgnoreCase(f.actor().strip());
        Condition action = blank(f.action()) ? DSL.noCondition() : AUDIT_LOG.ACTION.eq(f.action());
        Condition account = blank(f.account()) ? DSL.noCondition() : AUDIT_LOG.DETAIL.containsIgnoreCase(f.account().strip());
        return List.of(from, until, actor, action, account);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static AuditEntry toEntry(Record r) {
        return new AuditEntry(r.get(AUDIT_LOG.ID), r.get(AUDIT_LOG.CREATED_AT), r.get(TENANT.NAME), r.get(AUDIT_LOG.ACTOR_EMAIL),
                r.get(AUDIT_LOG.ACTION), r.get(AUDIT_LOG.DETAIL));
    }

}
