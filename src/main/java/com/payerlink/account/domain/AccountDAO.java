package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.CaseConditionStep;
import org.jooq.Record10;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.payerlink.db.Tables.ACCOUNT_HISTORY;
import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/**
 * Customer-account rows and their history; account lists in and out are {@link AccountListDAO}'s. Every query names
 * the tenant; row-level security backs it up.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    private static final Field<Integer> STATE_RANK = stateRank();

    private final DSLContext dsl;

    /** One page of the grid: filtered, sorted on a whitelisted column, offset and limit in the database. */
    List<AccountSummary> page(UUID tenantId, AccountQuery query, int offset, int limit) {
        return page(tenantId, query, DSL.noCondition(), offset, limit);
    }

    /** {@link #page(UUID, AccountQuery, int, int)} of the rows after a bookmark ({@link AccountPages}), offset from it. */
    List<AccountSummary> page(UUID tenantId, AccountQuery query, Condition after, int offset, int limit) {
        // The page's ids first, then only their rows: the ids come from a (tenant, sort column, id) index alone, so a
        // deep page skips index entries instead of reading and sorting every matching row (AccountGridBenchmark).
        var pageIds = DSL.select(CA.ID)
            .from(CA)
            .where(conditions(tenantId, query).and(after))
            .orderBy(sortFields(query))
            .offset(offset)
            .limit(limit);
        return selectSummaries()
            .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(pageIds)))
            .orderBy(sortFields(query))
            .fetch(AccountDAO::toSummary);
    }

    int count(UUID tenantId, AccountQuery query) {
        return dsl.fetchCount(CA, conditions(tenantId, query));
    }

    Optional<CustomerAccountRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(id))).fetchOptional();
    }

    /** The tenant's account; one the tenant does not have (any more) is {@link AccountNotFoundException}. */
    CustomerAccountRecord get(UUID tenantId, UUID id) {
        return find(tenantId, id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    List<CustomerAccountRecord> findAll(UUID tenantId, Collection<UUID> ids) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids))).orderBy(CA.NAME, CA.ID).fetch();
    }

    Optional<String> nameOfAccountWithKey(UUID tenantId, Partition partition, AccountId accountId, UUID except) {
        return dsl.select(CA.NAME).from(CA)
            .where(CA.TENANT_ID.eq(tenantId)
                .and(CA.PARTITION.eq(partition))
                .and(CA.ACCOUNT_ID.eq(accountId))
                .and(except == null ? DSL.noCondition() : CA.ID.ne(except)))
            .fetchOptional(CA.NAME);
    }

    Optional<UUID> idOfAccountWithKey(UUID tenantId, Partition partition, AccountId accountId) {
        return dsl.select(CA.ID).from(CA)
            .where(CA.TENANT_ID.eq(tenantId)
                .and(CA.PARTITION.eq(partition))
                .and(CA.ACCOUNT_ID.eq(accountId)))
            .fetchOptional(CA.ID);
    }

    CustomerAccountRecord newRecord() {
        return dsl.newRecord(CA);
    }

    void addHistory(UUID tenantId, UUID accountId, String actor, AccountHistoryAction action, Integer step,
            String detail) {
        addHistory(tenantId, accountId, actor, List.of(new HistoryNote(action, step, detail)));
    }

    /** Several lines of the account's history in one statement, in this order. */
    void addHistory(UUID tenantId, UUID accountId, String actor, List<HistoryNote> notes) {
        var insert = dsl.insertInto(ACCOUNT_HISTORY, ACCOUNT_HISTORY.TENANT_ID, ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID,
                ACCOUNT_HISTORY.ACTOR, ACCOUNT_HISTORY.ACTION, ACCOUNT_HISTORY.STEP, ACCOUNT_HISTORY.DETAIL);
        for (HistoryNote n : notes) {
            insert = insert.values(tenantId, accountId, actor, n.action().name(),
                    n.step() == null ? null : n.step().shortValue(), n.detail());
        }
        insert.execute();
    }

    /** Newest first; an account created with a creation note (a bulk import) ends with that note. */
    List<HistoryEntry> history(UUID tenantId, UUID accountId) {
        List<HistoryEntry> entries = new ArrayList<>(dsl.selectFrom(ACCOUNT_HISTORY)
            .where(ACCOUNT_HISTORY.TENANT_ID.eq(tenantId).and(ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID.eq(accountId)))
            .orderBy(ACCOUNT_HISTORY.CREATED_AT.desc(), ACCOUNT_HISTORY.ID.desc())
            .fetch(r -> new HistoryEntry(r.getCreatedAt(), r.getActor(), r.getAction(),
                    r.getStep() == null ? null : r.getStep().intValue(), r.getDetail())));
        dsl.select(CA.CREATED_AT, CA.CREATED_BY, CA.CREATION_NOTE).from(CA)
            .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(accountId)).and(CA.CREATION_NOTE.isNotNull()))
            .fetchOptional()
            .ifPresent(r -> entries.add(new HistoryEntry(r.value1(), r.value2(), AccountHistoryAction.CREATED.name(), null, r.value3())));
        return entries;
    }

    /**
     * Moves the registered accounts among {@code ids} that are in one of the {@code from} states to
     * {@code to}, in one statement, with a history entry each; returns the rows that moved.
     */
    List<AccountSummary> moveAll(UUID tenantId, Collection<UUID> ids, Collection<AccountState> from, AccountState to,
            String actor, String detail) {
        UUID[] idArray = ids.toArray(UUID[]::new);
        List<AccountSummary> moved = dsl.update(CA)
            .set(CA.STATE, to)
            .set(CA.STATE_DETAIL, "")
            .set(CA.UPDATED_AT, OffsetDateTime.now())
            .set(CA.VERSION, CA.VERSION.plus(1))
            .where(CA.TENANT_ID.eq(tenantId)
                .and(CA.ID.eq(DSL.any(idArray)))
                .and(CA.REGISTERED_AT.isNotNull())
                .and(CA.STATE.in(from)))
            .returning(CA.ID, CA.NAME, CA.ACCOUNT_ID, CA.PARTITION, CA.CONNECTION_METHOD, CA.STATE, CA.WIZARD_STEP,
                    CA.UPDATED_AT, CA.STATE_DETAIL)
            .fetch(r -> new AccountSummary(r.getId(), r.getName(), r.getAccountId(), r.getPartition(),
                    r.getConnectionMethod(), to, r.getWizardStep().number(), r.getUpdatedAt(), ""));
        if (!moved.isEmpty()) {
            dsl.insertInto(ACCOUNT_HISTORY, ACCOUNT_HISTORY.TENANT_ID, ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID,
                    ACCOUNT_HISTORY.ACTOR, ACCOUNT_HISTORY.ACTION, ACCOUNT_HISTORY.DETAIL)
                .select(dsl.select(DSL.val(tenantId), CA.ID, DSL.val(actor), DSL.val(AccountHistoryAction.STATE_CHANGED.name()), DSL.val(detail))
                    .from(CA)
                    .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(DSL.any(moved.stream().map(AccountSummary::id)
                        .toArray(UUID[]::new))))))
                .execute();
        }
        return moved;
    }

    /** The AWS account IDs among {@code accountIds} that the tenant has already in this partition. */
    /** The tenant's accounts with these AWS account IDs in the partition. */
    List<AccountSummary> withAccountIds(UUID tenantId, Partition partition, Collection<AccountId> accountIds) {
        return selectSummaries()
            .where(CA.TENANT_ID.eq(tenantId).and(CA.PARTITION.eq(partition)).and(CA.ACCOUNT_ID.in(accountIds)))
            .fetch(AccountDAO::toSummary);
    }

    private SelectJoinStep<Record10<UUID, String, AccountId, Partition, ConnectionMethod, AccountState, WizardStep,
            OffsetDateTime, String, OffsetDateTime>> selectSummaries() {
        return dsl.select(CA.ID, CA.NAME, CA.ACCOUNT_ID, CA.PARTITION, CA.CONNECTION_METHOD, CA.STATE, CA.WIZARD_STEP,
                CA.UPDATED_AT, CA.STATE_DETAIL, CA.STATE_CHANGED_AT).from(CA);
    }

    static Condition conditions(UUID tenantId, AccountQuery q) {
        Condition c = CA.TENANT_ID.eq(tenantId);
        if (!q.states().isEmpty()) {
            c = c.and(CA.STATE.in(q.states()));
        }
        if (q.failure() != null) {
            // the failed checks' codes, as verificationFailed stores them: "CODE_A, CODE_B"
            c = c.and(CA.STATE.eq(AccountState.VERIFICATION_FAILED))
                .and(DSL.condition("{0} = any(string_to_array({1}, ', '))", DSL.val(q.failure()), CA.STATE_DETAIL));
        }
        if (q.minDaysInState() != null) {
            c = c.and(CA.STATE_CHANGED_AT.le(OffsetDateTime.now().minusDays(q.minDaysInState())));
        }
        if (q.step() != null) {
            c = c.and(CA.WIZARD_STEP.eq(WizardStep.of(q.step())));
        }
        if (q.method() != null) {
            c = c.and(CA.CONNECTION_METHOD.eq(q.method()));
        }
        if (q.partition() != null) {
            c = c.and(CA.PARTITION.eq(q.partition()));
        }
        if (q.search() != null && !q.search().isBlank()) {
            String text = q.search().strip();
            Condition match = CA.NAME.containsIgnoreCase(text);
            String digits = text.replace("-", "");
            if (digits.chars().allMatch(Character::isDigit)) {
                // a prefix of an ID is no AccountId: compare the column as the text it is stored as
                match = match.or(DSL.field(CA.ACCOUNT_ID.getQualifiedName(), String.class).startsWith(digits));
            }
            c = c.and(match);
        }
        return c;
    }

    static List<SortField<?>> sortFields(AccountQuery q) {
        Field<?> field = switch (q.sort() == null ? AccountSort.NAME : q.sort()) {
            case NAME -> CA.NAME;
            case ACCOUNT_ID -> CA.ACCOUNT_ID;
            case PARTITION -> CA.PARTITION;
            case METHOD -> CA.CONNECTION_METHOD;
            case STATE -> STATE_RANK;
            case STEP -> CA.WIZARD_STEP;
            case UPDATED -> CA.UPDATED_AT;
            case IN_STATE_SINCE -> CA.STATE_CHANGED_AT;
        };
        if (field == STATE_RANK) {
            // within a state, by name
            return q.descending() ? List.of(STATE_RANK.desc(), CA.NAME.asc(), CA.ID.desc())
                    : List.of(STATE_RANK.asc(), CA.NAME.asc(), CA.ID.asc());
        }
        // the id breaks ties, so pages never overlap or skip rows
        return q.descending() ? List.of(field.desc(), CA.ID.desc()) : List.of(field.asc(), CA.ID.asc());
    }

    private static AccountSummary toSummary(Record10<UUID, String, AccountId, Partition, ConnectionMethod, AccountState,
            WizardStep, OffsetDateTime, String, OffsetDateTime> r) {
        return new AccountSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                r.value7().number(), r.value8(), r.value9(), r.value10());
    }

    /** The state's place in the lifecycle (the enum's order: Draft first, Ready then Disconnected last). */
    private static Field<Integer> stateRank() {
        CaseConditionStep<Integer> rank = null;
        for (AccountState s : AccountState.values()) {
            Condition is = CA.STATE.eq(s);
            rank = rank == null ? DSL.when(is, DSL.inline(s.ordinal())) : rank.when(is, DSL.inline(s.ordinal()));
        }
        return rank.otherwise(DSL.inline(AccountState.values().length));
    }

    static CustomerAccount toAccount(CustomerAccountRecord r) {
        return new CustomerAccount(r.getId(), r.getPartition(), r.getAccountId(), r.getName(), r.getConnectionMethod(),
                List.of(r.getContactEmails()), productSet(r.getProducts()), r.getBillingAccessConfirmed(),
                r.getCreateCur(), r.getCurBucket(), r.getCurReportName(), r.getCurPrefix(), r.getCurBucketRegion(),
                r.getCurSettingsConfirmed(), r.getExternalId(), r.getRoleArns(), r.getWizardStep().number(),
                r.getState(), r.getRegisteredAt(), r.getRegisteredBy(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(),
                r.getProcessingStartedAt(), r.getStateDetail(), r.getManagementAccountId());
    }

    /** Product names as stored, as the set the records carry. */
    static java.util.Set<Product> productSet(String[] names) {
        return Arrays.stream(names).map(Product::valueOf).collect(Collectors.toCollection(
                () -> java.util.EnumSet.noneOf(Product.class)));
    }

}
