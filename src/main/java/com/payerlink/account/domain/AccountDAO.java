package com.payerlink.account.domain;

import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.payerlink.db.Tables.ACCOUNT_HISTORY;
import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/** Customer-account rows and their history. Every query names the tenant; row-level security backs it up. */
@Component
class AccountDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    // rows per multi-row insert: 15 columns × 1000 rows stays well below PostgreSQL's 32767 bind values
    private static final int INSERT_CHUNK = 1000;

    private static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    AccountDAO(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of the grid: filtered, sorted on a whitelisted column, offset and limit in the database. */
    List<AccountSummary> page(UUID tenantId, AccountQuery query, int offset, int limit) {
        return dsl.select(CA.ID, CA.NAME, CA.ACCOUNT_ID, CA.PARTITION, CA.CONNECTION_METHOD, CA.STATE, CA.WIZARD_STEP,
                    CA.UPDATED_AT)
            .from(CA)
            .where(conditions(tenantId, query))
            .orderBy(sortFields(query))
            .offset(offset)
            .limit(limit)
            .fetch(AccountDAO::toSummary);
    }

    int count(UUID tenantId, AccountQuery query) {
        return dsl.fetchCount(CA, conditions(tenantId, query));
    }

    Optional<CustomerAccountRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(id))).fetchOptional();
    }

    List<CustomerAccountRecord> findAll(UUID tenantId, Collection<UUID> ids) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids))).orderBy(CA.NAME, CA.ID).fetch();
    }

    Optional<String> nameOfAccountWithKey(UUID tenantId, Partition partition, AccountId accountId, UUID except) {
        return dsl.select(CA.NAME).from(CA)
            .where(CA.TENANT_ID.eq(tenantId)
                .and(CA.PARTITION.eq(partition.id()))
                .and(CA.ACCOUNT_ID.eq(accountId.value()))
                .and(except == null ? DSL.noCondition() : CA.ID.ne(except)))
            .fetchOptional(CA.NAME);
    }

    CustomerAccountRecord newRecord() {
        return dsl.newRecord(CA);
    }

    void addHistory(UUID tenantId, UUID accountId, String actor, String action, Integer step, String detail) {
        dsl.insertInto(ACCOUNT_HISTORY)
            .set(ACCOUNT_HISTORY.TENANT_ID, tenantId)
            .set(ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID, accountId)
            .set(ACCOUNT_HISTORY.ACTOR, actor)
            .set(ACCOUNT_HISTORY.ACTION, action)
            .set(ACCOUNT_HISTORY.STEP, step == null ? null : step.shortValue())
            .set(ACCOUNT_HISTORY.DETAIL, detail)
            .execute();
    }

    List<HistoryEntry> history(UUID tenantId, UUID accountId) {
        return dsl.selectFrom(ACCOUNT_HISTORY)
            .where(ACCOUNT_HISTORY.TENANT_ID.eq(tenantId).and(ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID.eq(accountId)))
            .orderBy(ACCOUNT_HISTORY.CREATED_AT.desc(), ACCOUNT_HISTORY.ID.desc())
            .fetch(r -> new HistoryEntry(r.getCreatedAt(), r.getActor(), r.getAction(),
                    r.getStep() == null ? null : r.getStep().intValue(), r.getDetail()));
    }

    /** The accounts matching the query as account-list rows, sorted as the grid sorts; close the stream. */
    Stream<AccountListRow> listRows(UUID tenantId, AccountQuery query) {
        return dsl.selectFrom(CA).where(conditions(tenantId, query)).orderBy(sortFields(query))
            .fetchSize(FETCH_SIZE).stream().map(AccountDAO::toListRow);
    }

    Stream<AccountListRow> listRows(UUID tenantId, Collection<UUID> ids) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids))).orderBy(CA.NAME, CA.ID)
            .fetchSize(FETCH_SIZE).stream().map(AccountDAO::toListRow);
    }

    /** Every account of the tenant as an account-list entry, streamed with a cursor; close the stream. */
    Stream<AccountListEntry> listEntries(UUID tenantId) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId)).fetchSize(FETCH_SIZE).stream()
            .map(r -> new AccountListEntry(r.getId(), r.getVersion(), AccountState.valueOf(r.getState()),
                    r.getRegisteredAt() == null || AccountState.valueOf(r.getState()).isInWizard(), toListRow(r)));
    }

    /**
     * Inserts new accounts in DRAFT at step 1, each with a fresh ExternalId, as multi-row inserts of
     * {@value #INSERT_CHUNK} rows. A row whose key exists already is skipped.
     *
     * @return the ids of the inserted rows, in the order of the input; shorter than it if any was skipped
     */
    List<UUID> insertImported(UUID tenantId, List<AccountListRow> rows) {
        List<UUID> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<AccountListRow> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            var insert = dsl.insertInto(CA, CA.ID, CA.TENANT_ID, CA.PARTITION, CA.ACCOUNT_ID, CA.NAME,
                    CA.CONNECTION_METHOD, CA.CONTACT_EMAILS, CA.PRODUCTS, CA.CUR_BUCKET, CA.CUR_REPORT_NAME,
                    CA.CUR_PREFIX, CA.CUR_BUCKET_REGION, CA.EXTERNAL_ID, CA.WIZARD_STEP, CA.STATE);
            List<UUID> chunkIds = new ArrayList<>(chunk.size());
            for (AccountListRow r : chunk) {
                UUID id = UUID.randomUUID();
                chunkIds.add(id);
                insert = insert.values(id, tenantId, r.partition().id(), r.accountId().value(), r.name(),
                        r.method().name(), emails(r), products(r), r.curBucket(), r.curReportName(), r.curPrefix(),
                        r.curBucketRegion(), ExternalId.generate().value(), (short) 1, AccountState.DRAFT.name());
            }
            // a key added meanwhile by someone else is skipped, so the caller can tell and roll back
            List<UUID> inserted = insert.onConflictDoNothing().returningResult(CA.ID).fetch(CA.ID);
            if (inserted.size() != chunk.size()) {
                java.util.Set<UUID> done = new java.util.HashSet<>(inserted);
                chunkIds.removeIf(id -> !done.contains(id));
            }
            ids.addAll(chunkIds);
        }
        return ids;
    }

    /**
     * Updates the list fields of imported accounts in one JDBC batch, each only if its version is still the
     * one the import saw; the version goes up by one.
     *
     * @return how many rows were updated
     */
    int updateImported(UUID tenantId, List<AccountListUpdate> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        var batch = dsl.batch(dsl.update(CA)
            .set(CA.NAME, (String) null)
            .set(CA.CONNECTION_METHOD, (String) null)
            .set(CA.CONTACT_EMAILS, (String[]) null)
            .set(CA.PRODUCTS, (String[]) null)
            .set(CA.CUR_BUCKET, (String) null)
            .set(CA.CUR_REPORT_NAME, (String) null)
            .set(CA.CUR_PREFIX, (String) null)
            .set(CA.CUR_BUCKET_REGION, (String) null)
            .set(CA.VERSION, CA.VERSION.plus(DSL.inline(1)))
            .set(CA.UPDATED_AT, DSL.currentOffsetDateTime())
            .where(CA.TENANT_ID.eq((UUID) null).and(CA.ID.eq((UUID) null)).and(CA.VERSION.eq((Integer) null))));
        for (AccountListUpdate u : updates) {
            AccountListRow r = u.values();
            batch.bind(r.name(), r.method().name(), emails(r), products(r), r.curBucket(), r.curReportName(),
                    r.curPrefix(), r.curBucketRegion(), tenantId, u.id(), u.seenVersion());
        }
        return Arrays.stream(batch.execute()).sum();
    }

    /** One line of an account's history, for {@link #addHistory(UUID, String, List)}. */
    record HistoryLine(UUID accountId, String action, String detail) {
    }

    /** Adds many history lines by one actor as multi-row inserts. */
    void addHistory(UUID tenantId, String actor, List<HistoryLine> lines) {
        for (int from = 0; from < lines.size(); from += INSERT_CHUNK) {
            var insert = dsl.insertInto(ACCOUNT_HISTORY, ACCOUNT_HISTORY.TENANT_ID, ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID,
                    ACCOUNT_HISTORY.ACTOR, ACCOUNT_HISTORY.ACTION, ACCOUNT_HISTORY.DETAIL);
            for (HistoryLine line : lines.subList(from, Math.min(lines.size(), from + INSERT_CHUNK))) {
                insert = insert.values(tenantId, line.accountId(), actor, line.action(), line.detail());
            }
            insert.execute();
        }
    }

    private static String[] emails(AccountListRow r) {
        return r.contactEmails() == null ? new String[0] : r.contactEmails().toArray(String[]::new);
    }

    private static String[] products(AccountListRow r) {
        return Product.withAlwaysOn(r.products()).stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static AccountListRow toListRow(CustomerAccountRecord r) {
        return new AccountListRow(Partition.parse(r.getPartition()), AccountId.parse(r.getAccountId()), r.getName(),
                ConnectionMethod.valueOf(r.getConnectionMethod()), List.of(r.getContactEmails()),
                Arrays.stream(r.getProducts()).map(Product::valueOf).collect(Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(Product.class))),
                r.getCurBucket(), r.getCurReportName(), r.getCurPrefix(), r.getCurBucketRegion());
    }

    private static Condition conditions(UUID tenantId, AccountQuery q) {
        Condition c = CA.TENANT_ID.eq(tenantId);
        if (q.state() != null) {
            c = c.and(CA.STATE.eq(q.state().name()));
        }
        if (q.step() != null) {
            c = c.and(CA.WIZARD_STEP.eq(q.step().shortValue()));
        }
        if (q.method() != null) {
            c = c.and(CA.CONNECTION_METHOD.eq(q.method().name()));
        }
        if (q.partition() != null) {
            c = c.and(CA.PARTITION.eq(q.partition().id()));
        }
        if (q.search() != null && !q.search().isBlank()) {
            String text = q.search().strip();
            Condition match = CA.NAME.containsIgnoreCase(text);
            String digits = text.replace("-", "");
            if (digits.chars().allMatch(Character::isDigit)) {
                match = match.or(CA.ACCOUNT_ID.startsWith(digits));
            }
            c = c.and(match);
        }
        return c;
    }

    private static List<SortField<?>> sortFields(AccountQuery q) {
        Field<?> field = switch (q.sort() == null ? AccountSort.NAME : q.sort()) {
            case NAME -> CA.NAME;
            case ACCOUNT_ID -> CA.ACCOUNT_ID;
            case PARTITION -> CA.PARTITION;
            case METHOD -> CA.CONNECTION_METHOD;
            case STATE -> CA.STATE;
            case STEP -> CA.WIZARD_STEP;
            case UPDATED -> CA.UPDATED_AT;
        };
        // the id breaks ties, so pages never overlap or skip rows
        return q.descending() ? List.of(field.desc(), CA.ID.desc()) : List.of(field.asc(), CA.ID.asc());
    }

    private static AccountSummary toSummary(Record8<UUID, String, String, String, String, String, Short, java.time.OffsetDateTime> r) {
        return new AccountSummary(r.value1(), r.value2(), r.value3(), Partition.parse(r.value4()),
                ConnectionMethod.valueOf(r.value5()), AccountState.valueOf(r.value6()), r.value7(), r.value8());
    }

    static CustomerAccount toAccount(CustomerAccountRecord r) {
        return new CustomerAccount(r.getId(), Partition.parse(r.getPartition()), AccountId.parse(r.getAccountId()),
                r.getName(), ConnectionMethod.valueOf(r.getConnectionMethod()), List.of(r.getContactEmails()),
                Arrays.stream(r.getProducts()).map(Product::valueOf).collect(Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(Product.class))),
                r.getBillingAccessConfirmed(), r.getCreateCur(), r.getCurBucket(), r.getCurReportName(),
                r.getCurPrefix(), r.getCurBucketRegion(), r.getCurSettingsConfirmed(), ExternalId.parse(r.getExternalId()),
                List.of(r.getRoleArns()), r.getWizardStep(), AccountState.valueOf(r.getState()), r.getRegisteredAt(),
                r.getRegisteredBy(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }

}
