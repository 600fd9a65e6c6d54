package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountId;
import com.payerlink.core.database.KeyedRows;
import com.payerlink.db.tables.records.PayerMemberRecord;
import com.payerlink.db.tables.records.PayerSyncRecord;
import com.payerlink.verification.aws.LinkedAccount;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.CUSTOMER;
import static com.payerlink.db.Tables.PAYER_MEMBER;
import static com.payerlink.db.Tables.PAYER_SYNC;

/** A payer's members and its last sync; every query names the tenant (row-level security backs it). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PayerMemberDAO {

    // well under PostgreSQL's 32,767 bind values per statement, at 7 per member
    private static final int ROWS_PER_STATEMENT = 1_000;

    private static final com.payerlink.db.tables.PayerMember M = PAYER_MEMBER;

    private final DSLContext dsl;

    /** The payer's members, removed ones included, by name. */
    List<PayerMember> members(UUID tenantId, UUID payerId) {
        return dsl.select(M.fields()).select(CUSTOMER.NAME)
            .from(M).leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(M.CUSTOMER_ID))
            .where(M.TENANT_ID.eq(tenantId).and(M.PAYER_ID.eq(payerId)))
            .orderBy(M.REMOVED_AT.isNotNull(), DSL.lower(M.NAME), M.ACCOUNT_ID)
            .fetch(PayerMemberDAO::toMember);
    }

    /** The members grouped into these customers (not removed), by customer. */
    List<PayerMember> membersOfCustomers(UUID tenantId, Collection<UUID> customerIds) {
        return dsl.select(M.fields()).select(CUSTOMER.NAME)
            .from(M).join(CUSTOMER).on(CUSTOMER.ID.eq(M.CUSTOMER_ID))
            .where(M.TENANT_ID.eq(tenantId).and(M.CUSTOMER_ID.in(customerIds)).and(M.REMOVED_AT.isNull()))
            .orderBy(DSL.lower(CUSTOMER.NAME), M.ACCOUNT_ID)
            .fetch(PayerMemberDAO::toMember);
    }

    /** The customers that have a member with this AWS account ID, in any payer. */
    List<UUID> customersWithMember(UUID tenantId, AccountId accountId) {
        return dsl.selectDistinct(M.CUSTOMER_ID).from(M)
            .where(M.TENANT_ID.eq(tenantId).and(M.ACCOUNT_ID.eq(accountId)).and(M.CUSTOMER_ID.isNotNull())
                .and(M.REMOVED_AT.isNull()))
            .fetch(M.CUSTOMER_ID);
    }

    Optional<MemberSyncStatus> syncStatus(UUID tenantId, UUID payerId) {
        return dsl.selectFrom(PAYER_SYNC).where(PAYER_SYNC.TENANT_ID.eq(tenantId).and(PAYER_SYNC.PAYER_ID.eq(payerId)))
            .fetchOptional(r -> new MemberSyncStatus(r.getFirstSyncedAt(), r.getSyncedAt(), r.getTriedAt(),
                    r.getMemberCount(), r.getProblem()));
    }

    /**
     * Stores what Organizations listed: new members (flagged NEW unless this is the payer's first sync), members
     * listed again (a removed one that came back is NEW again), and members no longer listed (flagged REMOVED).
     */
    void storeListing(UUID tenantId, UUID payerId, List<LinkedAccount> listed, boolean firstSync) {
        // serialises two syncs of one payer (the daily job and an operator's "Sync now")
        dsl.fetch("select pg_advisory_xact_lock(hashtext({0}))", DSL.val("payer-sync:" + payerId));
        OffsetDateTime seen = dsl.select(DSL.currentOffsetDateTime()).fetchOne(0, OffsetDateTime.class);
        String joined = firstSync ? MemberFlag.NONE.stored() : MemberFlag.NEW.stored();
        for (int from = 0; from < listed.size(); from += ROWS_PER_STATEMENT) {
            var insert = dsl.insertInto(M, M.TENANT_ID, M.PAYER_ID, M.ACCOUNT_ID, M.NAME, M.EMAIL, M.STATUS, M.FLAG);
            for (LinkedAccount a : listed.subList(from, Math.min(listed.size(), from + ROWS_PER_STATEMENT))) {
                insert = insert.values(tenantId, payerId, new AccountId(a.accountId()), clip(a.name(), 200),
                        clip(a.email() == null ? "" : a.email(), 254), clip(a.status() == null ? "" : a.status(), 20),
                        joined);
            }
            insert.onConflict(M.PAYER_ID, M.ACCOUNT_ID).doUpdate()
                .set(M.NAME, DSL.excluded(M.NAME))
                .set(M.EMAIL, DSL.excluded(M.EMAIL))
                .set(M.STATUS, DSL.excluded(M.STATUS))
                .set(M.LAST_SEEN_AT, seen)
                .set(M.FLAG, DSL.when(M.REMOVED_AT.isNotNull(), MemberFlag.NEW.stored()).otherwise(M.FLAG))
                .setNull(M.REMOVED_AT)
                .execute();
        }
        dsl.update(M).set(M.REMOVED_AT, seen).set(M.FLAG, MemberFlag.REMOVED.stored())
            .where(M.TENANT_ID.eq(tenantId).and(M.PAYER_ID.eq(payerId)).and(M.REMOVED_AT.isNull())
                .and(M.LAST_SEEN_AT.lt(seen)))
            .execute();
        dsl.insertInto(PAYER_SYNC)
            .set(PAYER_SYNC.PAYER_ID, payerId).set(PAYER_SYNC.TENANT_ID, tenantId)
            .set(PAYER_SYNC.SYNCED_AT, seen).set(PAYER_SYNC.FIRST_SYNCED_AT, seen)
            .set(PAYER_SYNC.MEMBER_COUNT, listed.size()).set(PAYER_SYNC.PROBLEM, "")
            .onConflict(PAYER_SYNC.PAYER_ID).doUpdate()
            .set(PAYER_SYNC.SYNCED_AT, seen).set(PAYER_SYNC.TRIED_AT, seen)
            .set(PAYER_SYNC.FIRST_SYNCED_AT, DSL.coalesce(PAYER_SYNC.FIRST_SYNCED_AT, seen))
            .set(PAYER_SYNC.MEMBER_COUNT, listed.size()).set(PAYER_SYNC.PROBLEM, "")
            .execute();
    }

    /**
     * Records a member the organization's StackSet reported (or an operator added from its list): a member the payer
     * had is listed again (a removed one NEW again); one it did not have joins, flagged NEW once the organization was
     * read before (else it is part of the organization as first seen).
     */
    void recordFound(UUID tenantId, UUID payerId, AccountId accountId, String name) {
        var synced = DSL.field(DSL.exists(DSL.selectOne().from(PAYER_SYNC).where(PAYER_SYNC.TENANT_ID.eq(tenantId)
            .and(PAYER_SYNC.PAYER_ID.eq(payerId)).and(PAYER_SYNC.SYNCED_AT.isNotNull()))));
        dsl.insertInto(M, M.TENANT_ID, M.PAYER_ID, M.ACCOUNT_ID, M.NAME, M.FLAG)
            .select(DSL.select(DSL.val(tenantId), DSL.val(payerId), DSL.val(accountId), DSL.val(clip(name, 200)),
                    DSL.when(synced, MemberFlag.NEW.stored()).otherwise(MemberFlag.NONE.stored())))
            .onConflict(M.PAYER_ID, M.ACCOUNT_ID).doUpdate()
            .set(M.LAST_SEEN_AT, DSL.currentOffsetDateTime())
            .set(M.FLAG, DSL.when(M.REMOVED_AT.isNotNull(), MemberFlag.NEW.stored()).otherwise(M.FLAG))
            .setNull(M.REMOVED_AT)
            .execute();
    }

    /** A failed sync keeps the members as they were and says why. */
    void storeProblem(UUID tenantId, UUID payerId, String problem) {
        PayerSyncRecord row = new PayerSyncRecord();
        row.setPayerId(payerId);
        row.setTenantId(tenantId);
        row.setProblem(clip(problem, 1000));
        KeyedRows.put(dsl, row, PAYER_SYNC.PAYER_ID, PAYER_SYNC.TRIED_AT);
    }

    /** Clears the payer's flags: members seen NEW are plain members, REMOVED ones stay listed as removed. */
    int acknowledge(UUID tenantId, UUID payerId) {
        return dsl.update(M).set(M.FLAG, MemberFlag.NONE.stored())
            .where(M.TENANT_ID.eq(tenantId).and(M.PAYER_ID.eq(payerId)).and(M.FLAG.ne(MemberFlag.NONE.stored())))
            .execute();
    }

    /** Groups the payer's members with these IDs into the customer (null: into none); returns how many. */
    int assign(UUID tenantId, UUID payerId, Collection<AccountId> accountIds, @Nullable UUID customerId) {
        return dsl.update(M).set(M.CUSTOMER_ID, customerId)
            .where(M.TENANT_ID.eq(tenantId).and(M.PAYER_ID.eq(payerId)).and(M.ACCOUNT_ID.in(accountIds)))
            .execute();
    }

    /** Groups members by AWS account ID, in whichever of the tenant's payers they are; returns how many. */
    int assignAnywhere(UUID tenantId, Collection<AccountId> accountIds, UUID customerId) {
        return dsl.update(M).set(M.CUSTOMER_ID, customerId)
            .where(M.TENANT_ID.eq(tenantId).and(M.ACCOUNT_ID.in(accountIds)))
            .execute();
    }

    /** Those of the account IDs that are no current member of any of the tenant's payers. */
    List<AccountId> notMembers(UUID tenantId, Collection<AccountId> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        var known = new java.util.HashSet<>(dsl.selectDistinct(M.ACCOUNT_ID).from(M)
            .where(M.TENANT_ID.eq(tenantId).and(M.ACCOUNT_ID.in(accountIds)).and(M.REMOVED_AT.isNull()))
            .fetch(M.ACCOUNT_ID));
        return accountIds.stream().filter(a -> !known.contains(a)).toList();
    }

    /** The tenant's flagged members over all payers: [joined, left]. */
    MemberChanges changes(UUID tenantId) {
        Record r = dsl.select(DSL.count().filterWhere(M.FLAG.eq(MemberFlag.NEW.stored())),
                    DSL.count().filterWhere(M.FLAG.eq(MemberFlag.REMOVED.stored())))
            .from(M).where(M.TENANT_ID.eq(tenantId).and(M.FLAG.ne(MemberFlag.NONE.stored())))
            .fetchOne();
        return r == null ? new MemberChanges(0, 0) : new MemberChanges(r.get(0, Integer.class), r.get(1, Integer.class));
    }

    /** Of these payers, those with members flagged NEW or REMOVED. */
    List<UUID> payersWithChanges(UUID tenantId, Collection<UUID> payerIds) {
        return dsl.selectDistinct(M.PAYER_ID).from(M)
            .where(M.TENANT_ID.eq(tenantId).and(M.PAYER_ID.in(payerIds)).and(M.FLAG.ne(MemberFlag.NONE.stored())))
            .fetch(M.PAYER_ID);
    }

    /** The flags of members with these AWS account IDs, in any payer (a NEW flag wins over a REMOVED one). */
    Map<AccountId, MemberFlag> flagsOf(UUID tenantId, Collection<AccountId> accountIds) {
        Map<AccountId, MemberFlag> flags = new HashMap<>();
        dsl.select(M.ACCOUNT_ID, M.FLAG).from(M)
            .where(M.TENANT_ID.eq(tenantId).and(M.ACCOUNT_ID.in(accountIds)).and(M.FLAG.ne(MemberFlag.NONE.stored())))
            .forEach(r -> flags.merge(r.value1(), MemberFlag.of(r.value2()),
                    (a, b) -> a == MemberFlag.NEW ? a : b));
        return flags;
    }

    private static PayerMember toMember(Record r) {
        PayerMemberRecord m = r.into(M);
        return new PayerMember(m.getPayerId(), m.getAccountId(), m.getName(), m.getEmail(), m.getStatus(),
                m.getCustomerId(), r.get(CUSTOMER.NAME), MemberFlag.of(m.getFlag()), m.getFirstSeenAt(),
                m.getRemovedAt(), null);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

}
