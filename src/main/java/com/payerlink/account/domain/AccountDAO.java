package com.payerlink.account.domain;

import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
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
import java.util.stream.Stream;

import static com.payerlink.db.Tables.ACCOUNT_HISTORY;
import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/** Customer-account rows and their history. Every query names the tenant; row-level security backs it up. */
@Component
class AccountDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    // rows per set-based statement: big enough to amortise a round trip, small enough to keep arrays modest
    private static final int SET_CHUNK = 5000;

    private static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    AccountDAO(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of the grid: filtered, sorted on a whitelisted column, offset and limit in the database. */
    List<AccountSummary> page(UUID tenantId, AccountQuery query, int offset, int limit) {
        // The page's ids first, then only their rows: the ids come from a (tenant, sort column, id) index alone, so a
        // deep page skips index entries instead of reading and sorting every matching row (AccountGridBenchmark).
        var pageIds = DSL.select(CA.ID)
            .from(CA)
            .where(conditions(tenantId, query))
            .orderBy(sortFields(query))
            .offset(offset)
            .limit(limit);
        return dsl.select(CA.ID, CA.NAME, CA.ACCOUNT_ID, CA.PARTITION, CA.CONNECTION_METHOD, CA.STATE, CA.WIZARD_STEP,
                    CA.UPDATED_AT, CA.STATE_DETAIL)
            .from(CA)
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
        dsl.insertInto(ACCOUNT_HISTORY)
            .set(ACCOUNT_HISTORY.TENANT_ID, tenantId)
            .set(ACCOUNT_HISTORY.CUSTOMER_ACCOUNT_ID, accountId)
            .set(ACCOUNT_HISTORY.ACTOR, actor)
            .set(ACCOUNT_HISTORY.ACTION, action.name())
            .set(ACCOUNT_HISTORY.STEP, step == null ? null : step.shortValue())
            .set(ACCOUNT_HISTORY.DETAIL, detail)
            .execute();
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
            .map(r -> new AccountListEntry(r.getId(), r.getVersion(), r.getState(),
                    r.getRegisteredAt() == null || r.getState().isInWizard(), toListRow(r)));
    }

    /**
     * Inserts new accounts in DRAFT at step 1, each with a fresh ExternalId. Set-based: each chunk of
     * {@value #SET_CHUNK} rows is one statement over {@code unnest}ed arrays, so the cost per row is PostgreSQL's
     * (COPY itself is not allowed on tables with row-level security).
     *
     * @return the ids of the inserted rows, in the order of the input
     * @throws org.springframework.dao.DuplicateKeyException if an account with one of the keys exists already
     */
    List<UUID> insertImported(UUID tenantId, List<AccountListRow> rows, String actor, String source) {
        List<UUID> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += SET_CHUNK) {
            List<AccountListRow> chunk = rows.subList(from, Math.min(rows.size(), from + SET_CHUNK));
            int n = chunk.size();
            UUID[] id = new UUID[n];
            String[][] text = new String[12][n];
            for (int i = 0; i < n; i++) {
                AccountListRow r = chunk.get(i);
                id[i] = UUID.randomUUID();
                String[] values = { r.partition().id(), r.accountId().value(), r.name(), r.method().name(), emails(r),
                        products(r), text(r.curBucket()), text(r.curReportName()), text(r.curPrefix()),
                        text(r.curBucketRegion()),
                        ExternalId.generate().value(), "Imported from " + source + ": " + r.name() + " ("
                                + r.partition().label() + " " + r.accountId().value() + ")" };
                for (int c = 0; c < values.length; c++) {
                    text[c][i] = values[c];
                }
            }
            dsl.execute("""
                    insert into customer_account (id, tenant_id, partition, account_id, name, connection_method,
                        contact_emails, products, cur_bucket, cur_report_name, cur_prefix, cur_bucket_region,
                        external_id, wizard_step, state, created_by, creation_note)
                    select u.id, ?::uuid, u.partition, u.account_id, u.name, u.method, string_to_array(u.emails, ','),
                        string_to_array(u.products, ','), u.bucket, u.report, u.prefix, u.region, u.external_id, 1, 'DRAFT',
                        ?, u.note
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        as u(id, partition, account_id, name, method, emails, products, bucket, report, prefix, region,
                             external_id, note)""", tenantId, actor, id, text[0], text[1], text[2], text[3], text[4],
                    text[5], text[6], text[7], text[8], text[9], text[10], text[11]);
            ids.addAll(Arrays.asList(id));
        }
        return ids;
    }

    /**
     * Updates the list fields of imported accounts, each only if its version is still the one the import saw;
     * the version goes up by one. Set-based like {@link #insertImported}.
     *
     * @return how many rows were updated
     */
    int updateImported(UUID tenantId, List<AccountListUpdate> updates) {
        int updated = 0;
        for (int from = 0; from < updates.size(); from += SET_CHUNK) {
            List<AccountListUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + SET_CHUNK));
            int n = chunk.size();
            UUID[] id = new UUID[n];
            Integer[] version = new Integer[n];
            String[][] text = new String[8][n];
            for (int i = 0; i < n; i++) {
                AccountListUpdate u = chunk.get(i);
                AccountListRow r = u.values();
                id[i] = u.id();
                version[i] = u.seenVersion();
                String[] values = { r.name(), r.method().name(), emails(r), products(r), text(r.curBucket()),
                        text(r.curReportName()), text(r.curPrefix()), text(r.curBucketRegion()) };
                for (int c = 0; c < values.length; c++) {
                    text[c][i] = values[c];
                }
            }
            updated += dsl.execute("""
                    update customer_account ca set name = u.name, connection_method = u.method,
                        contact_emails = string_to_array(u.emails, ','), products = string_to_array(u.products, ','),
                        cur_bucket = u.bucket, cur_report_name = u.report, cur_prefix = u.prefix,
                        cur_bucket_region = u.region, version = ca.version + 1, updated_at = now()
                    from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[])
                        as u(id, version, name, method, emails, products, bucket, report, prefix, region)
                    where ca.tenant_id = ?::uuid and ca.id = u.id and ca.version = u.version""",
                    id, version, text[0], text[1], text[2], text[3], text[4], text[5], text[6], text[7], tenantId);
        }
        return updated;
    }

    /** One line of an account's history, for {@link #addHistory(UUID, String, List)}. */
    record HistoryLine(UUID accountId, AccountHistoryAction action, String detail) {
    }

    /** Adds many history lines by one actor, set-based like {@link #insertImported}. */
    void addHistory(UUID tenantId, String actor, List<HistoryLine> lines) {
        for (int from = 0; from < lines.size(); from += SET_CHUNK) {
            List<HistoryLine> chunk = lines.subList(from, Math.min(lines.size(), from + SET_CHUNK));
            UUID[] ids = chunk.stream().map(HistoryLine::accountId).toArray(UUID[]::new);
            String[] actions = chunk.stream().map(l -> l.action().name()).toArray(String[]::new);
            String[] details = chunk.stream().map(HistoryLine::detail).toArray(String[]::new);
            dsl.execute("""
                    insert into account_history (tenant_id, customer_account_id, actor, action, detail)
                    select ?::uuid, u.id, ?, u.action, u.detail from unnest(?::uuid[], ?::text[], ?::text[])
                        as u(id, action, detail)""", tenantId, actor, ids, actions, details);
        }
    }

    // Contact e-mails and product names never contain a comma (both are checked), so a comma joins them.
    private static String emails(AccountListRow r) {
        return r.contactEmails() == null ? "" : String.join(",", r.contactEmails());
    }

    // the set-based statements bind text arrays; a value type's toString is its stored text
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String products(AccountListRow r) {
        return String.join(",", Product.withAlwaysOn(r.products()).stream().map(Enum::name).sorted().toList());
    }

    private static AccountListRow toListRow(CustomerAccountRecord r) {
        return new AccountListRow(r.getPartition(), r.getAccountId(), r.getName(), r.getConnectionMethod(),
                List.of(r.getContactEmails()),
                productSet(r.getProducts()), r.getCurBucket(), r.getCurReportName(), r.getCurPrefix(),
                r.getCurBucketRegion());
    }

    private static java.util.Set<Product> productSet(String[] names) {
        return Arrays.stream(names).map(Product::valueOf).collect(Collectors.toCollection(
                () -> java.util.EnumSet.noneOf(Product.class)));
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
    List<AccountId> existingAccountIds(UUID tenantId, Partition partition, Collection<AccountId> accountIds) {
        return dsl.select(CA.ACCOUNT_ID).from(CA)
            .where(CA.TENANT_ID.eq(tenantId).and(CA.PARTITION.eq(partition))
                .and(CA.ACCOUNT_ID.in(accountIds)))
            .fetch(CA.ACCOUNT_ID);
    }

    private static Condition conditions(UUID tenantId, AccountQuery q) {
        Condition c = CA.TENANT_ID.eq(tenantId);
        if (q.state() != null) {
            c = c.and(CA.STATE.eq(q.state()));
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

    private static AccountSummary toSummary(Record9<UUID, String, AccountId, Partition, ConnectionMethod, AccountState,
            WizardStep, OffsetDateTime, String> r) {
        return new AccountSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                r.value7().number(), r.value8(), r.value9());
    }

    static CustomerAccount toAccount(CustomerAccountRecord r) {
        return new CustomerAccount(r.getId(), r.getPartition(), r.getAccountId(), r.getName(), r.getConnectionMethod(),
                List.of(r.getContactEmails()), productSet(r.getProducts()), r.getBillingAccessConfirmed(),
                r.getCreateCur(), r.getCurBucket(), r.getCurReportName(), r.getCurPrefix(), r.getCurBucketRegion(),
                r.getCurSettingsConfirmed(), r.getExternalId(), r.getRoleArns(), r.getWizardStep().number(),
                r.getState(), r.getRegisteredAt(), r.getRegisteredBy(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(),
                r.getProcessingStartedAt(), r.getStateDetail());
    }

}
