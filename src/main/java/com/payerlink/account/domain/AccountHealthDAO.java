package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/** The health columns of a tenant's accounts, and the digest's reads. Every query names the tenant. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountHealthDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    /** The states whose accounts are checked again: past verification, with a connection that must keep working. */
    static final List<AccountState> MONITORED = List.of(AccountState.READY, AccountState.PROCESSING);

    private final DSLContext dsl;

    int monitoredCount(UUID tenantId) {
        return dsl.fetchCount(CA, CA.TENANT_ID.eq(tenantId).and(CA.STATE.in(MONITORED)));
    }

    /** Monitored accounts not checked since {@code checkedBefore}, the never checked and the least recent first. */
    List<UUID> dueForCheck(UUID tenantId, OffsetDateTime checkedBefore, int limit) {
        return dsl.select(CA.ID).from(CA)
            .where(CA.TENANT_ID.eq(tenantId).and(CA.STATE.in(MONITORED))
                .and(CA.HEALTH_CHECKED_AT.isNull().or(CA.HEALTH_CHECKED_AT.lt(checkedBefore))))
            .orderBy(CA.HEALTH_CHECKED_AT.asc().nullsFirst(), CA.ID)
            .limit(limit)
            .fetch(CA.ID);
    }

    /**
     * Stores a check's outcome. The health changes only when it differs from the stored one: the returned record
     * (as it is now) is present exactly then, so that one change is reported once however often it is checked.
     */
    Optional<CustomerAccountRecord> storeCheck(UUID tenantId, UUID id, AccountHealth health, String codes) {
        OffsetDateTime now = OffsetDateTime.now();
        Optional<CustomerAccountRecord> changed = dsl.update(CA)
            .set(CA.HEALTH, health.name())
            .set(CA.HEALTH_CODES, codes)
            .set(CA.HEALTH_CHANGED_AT, now)
            .set(CA.HEALTH_CHECKED_AT, now)
            .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(id)).and(CA.HEALTH.ne(health.name())))
            .returning()
            .fetchOptional();
        if (changed.isEmpty()) {
            // the same health: only when it was checked, and while degraded which checks fail now
            dsl.update(CA)
                .set(CA.HEALTH_CODES, codes)
                .set(CA.HEALTH_CHECKED_AT, now)
                .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(id)))
                .execute();
        }
        return changed;
    }

    /** A check that proved nothing (e.g. AWS throttled): the account is not due again before its next turn. */
    void markChecked(UUID tenantId, UUID id) {
        dsl.update(CA).set(CA.HEALTH_CHECKED_AT, OffsetDateTime.now())
            .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(id)))
            .execute();
    }

    Map<UUID, HealthStatus> healthOf(UUID tenantId, Collection<UUID> ids) {
        return dsl.select(CA.ID, CA.HEALTH, CA.HEALTH_CODES, CA.HEALTH_CHECKED_AT, CA.HEALTH_CHANGED_AT).from(CA)
            .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids)).and(CA.STATE.in(MONITORED)))
            .fetch(r -> new HealthStatus(r.value1(), AccountHealth.valueOf(r.value2()), codes(r.value3()), r.value4(),
                    r.value5()))
            .stream().collect(Collectors.toMap(HealthStatus::accountId, h -> h));
    }

    AccountDigest.Section failedSince(UUID tenantId, OffsetDateTime since, int limit) {
        return section(CA.TENANT_ID.eq(tenantId).and(CA.STATE.eq(AccountState.VERIFICATION_FAILED))
            .and(CA.UPDATED_AT.ge(since)), CA.STATE_DETAIL, CA.UPDATED_AT, limit);
    }

    /** Processing past its window, or waiting for support as long. */
    AccountDigest.Section stuck(UUID tenantId, OffsetDateTime startedBefore, int limit) {
        Condition processing = CA.STATE.eq(AccountState.PROCESSING).and(CA.PROCESSING_STARTED_AT.lt(startedBefore));
        Condition support = CA.STATE.eq(AccountState.AWAITING_SUPPORT).and(CA.UPDATED_AT.lt(startedBefore));
        Field<OffsetDateTime> since = DSL.coalesce(CA.PROCESSING_STARTED_AT, CA.UPDATED_AT);
        Field<String> why = DSL.when(CA.STATE.eq(AccountState.PROCESSING),
                DSL.inline("no cost data 72 hours after processing began")).otherwise(DSL.inline("waiting for support"));
        return section(CA.TENANT_ID.eq(tenantId).and(processing.or(support)), why, since, limit);
    }

    AccountDigest.Section degraded(UUID tenantId, int limit) {
        return section(CA.TENANT_ID.eq(tenantId).and(CA.HEALTH.eq(AccountHealth.DEGRADED.name()))
            .and(CA.STATE.in(MONITORED)), CA.HEALTH_CODES, DSL.coalesce(CA.HEALTH_CHANGED_AT, CA.UPDATED_AT), limit);
    }

    private AccountDigest.Section section(Condition where, Field<String> detail, Field<OffsetDateTime> since,
            int limit) {
        List<AccountDigest.Line> lines = dsl.select(CA.NAME, CA.ACCOUNT_ID, CA.STATE, detail, since).from(CA)
            .where(where)
            .orderBy(since.asc(), CA.NAME)
            .limit(limit)
            .fetch(r -> new AccountDigest.Line(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        int total = lines.size() < limit ? lines.size() : dsl.fetchCount(CA, where);
        return new AccountDigest.Section(lines, total);
    }

    static List<String> codes(String joined) {
        return joined.isBlank() ? List.of() : Arrays.stream(joined.split(",\\s*")).toList();
    }

}
