package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/**
 * Account lists out of the tenant: streamed export rows (the import's writes are {@link AccountImportDAO}'s). Every
 * statement names the tenant; row-level security backs it up.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountListDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    private static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    // The cells of the list's columns as the export writes them (AccountListRow.cells()), read as text: the stored
    // values are valid already, so an export of a million accounts parses and converts nothing.
    private static final List<Field<String>> LIST_CELLS = List.of(text(CA.ACCOUNT_ID), text(CA.NAME),
            text(CA.PARTITION), text(CA.CONNECTION_METHOD),
            DSL.field("array_to_string({0}, ', ')", String.class, CA.CONTACT_EMAILS),
            DSL.field("array_to_string(array(select distinct p::text collate \"C\" from unnest({0}) p order by 1), ', ')",
                    String.class, CA.PRODUCTS),
            text(CA.CUR_BUCKET), text(CA.CUR_REPORT_NAME), text(CA.CUR_PREFIX), text(CA.CUR_BUCKET_REGION));

    /** The accounts matching the query as account-list cells, sorted as the grid sorts; close the stream. */
    Stream<String[]> listRows(UUID tenantId, AccountQuery query) {
        return dsl.select(LIST_CELLS).from(CA).where(AccountDAO.conditions(tenantId, query))
            .orderBy(AccountDAO.sortFields(query)).fetchSize(FETCH_SIZE).stream().map(AccountListDAO::cells);
    }

    Stream<String[]> listRows(UUID tenantId, Collection<UUID> ids) {
        return dsl.select(LIST_CELLS).from(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids)))
            .orderBy(CA.NAME, CA.ID).fetchSize(FETCH_SIZE).stream().map(AccountListDAO::cells);
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

    // the column as its stored text, without the value type's converter
    private static Field<String> text(Field<?> column) {
        return DSL.field(column.getQualifiedName(), String.class);
    }

    private static String[] cells(Record r) {
        String[] cells = new String[LIST_CELLS.size()];
        for (int i = 0; i < cells.length; i++) {
            String value = (String) r.get(i);
            cells[i] = value == null ? "" : value;
        }
        return cells;
    }

    static AccountListRow toListRow(CustomerAccountRecord r) {
        return new AccountListRow(r.getPartition(), r.getAccountId(), r.getName(), r.getConnectionMethod(),
                List.of(r.getContactEmails()),
                AccountDAO.productSet(r.getProducts()), r.getCurBucket(), r.getCurReportName(), r.getCurPrefix(),
                r.getCurBucketRegion());
    }

    /** One line of an account's history, for {@link #addHistory(UUID, String, List)}. */
    record HistoryLine(UUID accountId, AccountHistoryAction action, String detail) {
    }

    /** Adds many history lines by one actor, set-based (a bulk registration's lines). */
    void addHistory(UUID tenantId, String actor, List<HistoryLine> lines) {
        for (int from = 0; from < lines.size(); from += HISTORY_CHUNK) {
            List<HistoryLine> chunk = lines.subList(from, Math.min(lines.size(), from + HISTORY_CHUNK));
            UUID[] ids = chunk.stream().map(HistoryLine::accountId).toArray(UUID[]::new);
            String[] actions = chunk.stream().map(l -> l.action().name()).toArray(String[]::new);
            String[] details = chunk.stream().map(HistoryLine::detail).toArray(String[]::new);
            dsl.execute("""
                    insert into account_history (tenant_id, customer_account_id, actor, action, detail)
                    select ?::uuid, u.id, ?, u.action, u.detail from unnest(?::uuid[], ?::text[], ?::text[])
                        as u(id, action, detail)""", tenantId, actor, ids, actions, details);
        }
    }

    private static final int HISTORY_CHUNK = 5_000;
}
