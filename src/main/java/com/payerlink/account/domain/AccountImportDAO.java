package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;

import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/**
 * The CSV import's work in the database: its rows are {@code COPY}ed into a temporary staging table
 * ({@link StagingTable}), and from there compared with, inserted into and updated in the tenant's accounts by
 * set-based statements (row-level security applies to them). Every statement names the tenant.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountImportDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    private static final int FETCH_SIZE = 1000;

    // the match join's memory, for this transaction only (at most payerlink.import.concurrent-per-node at once)
    private static final String JOIN_MEMORY = "64MB";

    private static final SecureRandom RANDOM = new SecureRandom();

    // the products in the order of their names, as a staged list of products is written
    private static final List<Product> BY_NAME = Arrays.stream(Product.values())
        .sorted(Comparator.comparing(Product::name)).toList();

    // the list columns of a staged row, typed as in customer_account so that its indexes serve the joins
    private static final String LIST_COLUMNS = "partition varchar(6), account_id char(12), name varchar(200),"
            + " method varchar(20), emails text, products text, bucket varchar(63), report varchar(256),"
            + " prefix varchar(256), region varchar(20)";

    // the staged lists as arrays, typed as stored; only for the rows the join finds (a new row needs none)
    private static final String EMAILS = "string_to_array(s.emails, ',')::varchar(254)[]";

    private static final String PRODUCTS = "string_to_array(s.products, ',')::varchar(40)[]";

    // a staged row (s) leaves the stored account (ca) as it is: each field it gives equals the stored one (as sets)
    private static final String UNCHANGED = """
            (s.name is null or s.name = ca.name)
            and (s.method is null or s.method = ca.connection_method)
            and (s.emails is null or (%1$s @> ca.contact_emails and ca.contact_emails @> %1$s))
            and (s.products is null or (%2$s @> ca.products and ca.products @> %2$s))
            and (s.bucket is null or s.bucket = ca.cur_bucket)
            and (s.report is null or s.report = ca.cur_report_name)
            and (s.prefix is null or s.prefix = ca.cur_prefix)
            and (s.region is null or s.region = ca.cur_bucket_region)""".formatted(EMAILS, PRODUCTS);

    private static final String MATCH_JOIN = " from import_match s join customer_account ca on ca.tenant_id = ?::uuid"
            + " and ca.partition = s.partition and ca.account_id = s.account_id";

    private final DSLContext dsl;

    /**
     * Compares the rows with the tenant's stored accounts of the same keys, in the database: hands the position of
     * each row that matches its stored account to {@code unchanged}, and each row that would change one, with the
     * stored account, to {@code changed}. Rows without a stored account are left out. Must run in a transaction.
     */
    void match(UUID tenantId, List<AccountListRow> rows, IntConsumer unchanged,
            ObjIntConsumer<AccountListEntry> changed) {
        List<Integer> positions = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            positions.add(i);
        }
        StagingTable.copy(dsl, "import_match", "pos int, " + LIST_COLUMNS, "partition, account_id", positions, i -> {
            String[] cells = new String[11];
            cells[0] = Integer.toString(i);
            listCells(cells, 1, rows.get(i), false);
            return cells;
        });
        // the join hashes up to a file's worth of accounts: in memory, not in batches spilled to disk (4 MB default)
        dsl.execute("set local work_mem = '" + JOIN_MEMORY + "'");
        // one row back, however many match: the positions of the unchanged rows as one array, and how many matched
        Record matched = dsl.resultQuery("select coalesce(array_agg(m.pos) filter (where m.same), '{}'), count(*)"
                + " from (select s.pos, (" + UNCHANGED + ") as same" + MATCH_JOIN + ") m", tenantId).fetchSingle();
        Integer[] same = matched.get(0, Integer[].class);
        for (Integer i : same) {
            unchanged.accept(i);
        }
        if (matched.get(1, Integer.class) > same.length) {
            try (var stored = dsl.resultQuery("select s.pos, ca.*" + MATCH_JOIN + " where (" + UNCHANGED
                    + ") is not true", tenantId).fetchSize(FETCH_SIZE).stream()) {
                stored.forEach(r -> changed.accept(entry(r), r.get(0, Integer.class)));
            }
        }
    }

    private AccountListEntry entry(Record r) {
        CustomerAccountRecord a = r.into(CA);
        return new AccountListEntry(a.getId(), a.getVersion(), a.getState(),
                a.getRegisteredAt() == null || a.getState().isInWizard(), AccountListDAO.toListRow(a));
    }

    /**
     * Inserts new accounts in DRAFT at step 1, each with a fresh ExternalId and its creation note, in one
     * statement from the staging table. Ids are time-ordered and given in name order, so that the indexes grow
     * mostly at their ends.
     *
     * @return how many were inserted
     * @throws org.springframework.dao.DuplicateKeyException if an account with one of the keys exists already
     */
    int insertImported(UUID tenantId, List<AccountListRow> rows, String actor, String source) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<AccountListRow> byName = new ArrayList<>(rows);
        byName.sort(Comparator.comparing(AccountListRow::name));
        long millis = System.currentTimeMillis();
        int[] next = { 0 };
        StagingTable.copy(dsl, "import_new", "id uuid, " + LIST_COLUMNS + ", external_id varchar(64), note text", "",
                byName, r -> {
                    String[] cells = new String[13];
                    cells[0] = timeOrdered(millis, next[0]++).toString();
                    listCells(cells, 1, r, true);
                    cells[11] = ExternalId.generate().value();
                    cells[12] = "Imported from " + source + ": " + r.name() + " (" + r.partition().label() + " "
                            + r.accountId().value() + ")";
                    return cells;
                });
        return dsl.execute("""
                insert into customer_account (id, tenant_id, partition, account_id, name, connection_method,
                    contact_emails, products, cur_bucket, cur_report_name, cur_prefix, cur_bucket_region,
                    external_id, wizard_step, state, created_by, creation_note)
                select s.id, ?::uuid, s.partition, s.account_id, s.name, s.method, string_to_array(s.emails, ','),
                    string_to_array(s.products, ','), s.bucket, s.report, s.prefix, s.region, s.external_id, 1,
                    'DRAFT', ?, s.note
                from import_new s""", tenantId, actor); // staged in id order, read in it: no sort
    }

    /**
     * Updates the list fields of imported accounts, each only if its version is still the one the import saw (the
     * version goes up by one), and adds each updated account's history line, from one staging table.
     *
     * @return how many accounts were updated
     */
    int updateImported(UUID tenantId, List<AccountListUpdate> updates, String actor, String historyPrefix) {
        StagingTable.copy(dsl, "import_update", "id uuid, version int, " + LIST_COLUMNS + ", detail text", "id",
                updates, u -> {
                    String[] cells = new String[13];
                    cells[0] = u.id().toString();
                    cells[1] = Integer.toString(u.seenVersion());
                    listCells(cells, 2, u.values(), true);
                    cells[12] = historyPrefix + u.changes();
                    return cells;
                });
        int updated = dsl.execute("""
                update customer_account ca set name = s.name, connection_method = s.method,
                    contact_emails = string_to_array(s.emails, ','), products = string_to_array(s.products, ','),
                    cur_bucket = s.bucket, cur_report_name = s.report, cur_prefix = s.prefix,
                    cur_bucket_region = s.region, version = ca.version + 1, updated_at = now()
                from import_update s
                where ca.tenant_id = ?::uuid and ca.id = s.id and ca.version = s.version""", tenantId);
        dsl.execute("""
                insert into account_history (tenant_id, customer_account_id, actor, action, detail)
                select ?::uuid, s.id, ?, ?, s.detail from import_update s""", tenantId, actor,
                AccountHistoryAction.IMPORTED.name());
        return updated;
    }

    // into cells from index at: partition, account_id, name, method, emails, products, bucket, report, prefix,
    // region; null: not given
    private static void listCells(String[] cells, int at, AccountListRow r, boolean complete) {
        cells[at] = r.partition().id();
        cells[at + 1] = r.accountId().value();
        cells[at + 2] = r.name();
        cells[at + 3] = r.method() == null ? null : r.method().name();
        cells[at + 4] = emails(r, complete);
        cells[at + 5] = products(r, complete);
        cells[at + 6] = text(r.curBucket());
        cells[at + 7] = text(r.curReportName());
        cells[at + 8] = text(r.curPrefix());
        cells[at + 9] = text(r.curBucketRegion());
    }

    // Contact e-mails and product names never contain a comma (both are checked), so a comma joins them.
    private static String emails(AccountListRow r, boolean complete) {
        if (r.contactEmails() == null) {
            return complete ? "" : null;
        }
        return String.join(",", r.contactEmails());
    }

    private static String products(AccountListRow r, boolean complete) {
        if (r.products() == null && !complete) {
            return null;
        }
        Set<Product> products = Product.withAlwaysOn(r.products());
        StringBuilder names = new StringBuilder(64);
        for (Product p : BY_NAME) {
            if (products.contains(p)) {
                names.append(names.isEmpty() ? "" : ",").append(p.name());
            }
        }
        return names.toString();
    }

    // a value type's toString is its stored text
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // A version 7 style UUID: milliseconds first (one more per 4,096 rows), then random bits; sorts as generated.
    static UUID timeOrdered(long millis, int n) {
        long msb = ((millis + n / 4096) << 16) | 0x7000L | (n % 4096);
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

}
