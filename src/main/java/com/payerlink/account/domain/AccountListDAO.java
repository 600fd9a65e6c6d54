package com.payerlink.account.domain;

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
class AccountListDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    private static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    AccountListDAO(DSLContext dsl) {
        this.dsl = dsl;
    }

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
}
