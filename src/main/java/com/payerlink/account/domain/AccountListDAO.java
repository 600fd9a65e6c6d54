package com.payerlink.account.domain;

import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/**
 * Account lists in and out of the tenant: streamed export rows, and the CSV import's set-based inserts, updates and
 * history lines. Every statement names the tenant; row-level security backs it up.
 */
@Component
class AccountListDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    // rows per set-based statement: big enough to amortise a round trip, small enough to keep arrays modest
    private static final int SET_CHUNK = 5000;

    private static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    AccountListDAO(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The accounts matching the query as account-list rows, sorted as the grid sorts; close the stream. */
    Stream<AccountListRow> listRows(UUID tenantId, AccountQuery query) {
        return dsl.selectFrom(CA).where(AccountDAO.conditions(tenantId, query)).orderBy(AccountDAO.sortFields(query))
            .fetchSize(FETCH_SIZE).stream().map(AccountListDAO::toListRow);
    }

    Stream<AccountListRow> listRows(UUID tenantId, Collection<UUID> ids) {
        return dsl.selectFrom(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids))).orderBy(CA.NAME, CA.ID)
            .fetchSize(FETCH_SIZE).stream().map(AccountListDAO::toListRow);
    }

    /** The ids of the tenant's accounts matching the query, sorted as the grid sorts, at most {@code limit}. */
    List<UUID> ids(UUID tenantId, AccountQuery query, int limit) {
        return dsl.select(CA.ID).from(CA).where(AccountDAO.conditions(tenantId, query))
            .orderBy(AccountDAO.sortFields(query)).limit(limit).fetch(CA.ID);
    }

    /** Which of these ids are the tenant's accounts, by name. */
    List<UUID> ids(UUID tenantId, Collection<UUID> ids) {
        return dsl.select(CA.ID).from(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(DSL.any(ids.toArray(UUID[]::new)))))
            .orderBy(CA.NAME, CA.ID).fetch(CA.ID);
    }

    /** The check codes that the tenant's failed accounts report now, for the grid's failure filter. */
    List<String> failureCodes(UUID tenantId) {
        return dsl.fetch("""
                select distinct code from customer_account,
                    unnest(string_to_array(state_detail, ', ')) as code
                where tenant_id = ?::uuid and state = 'VERIFICATION_FAILED' and code ~ '^[A-Z][A-Z0-9_]*$'
                order by code""", tenantId).getValues(0, String.class);
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
                AccountDAO.productSet(r.getProducts()), r.getCurBucket(), r.getCurReportName(), r.getCurPrefix(),
                r.getCurBucketRegion());
    }
}
