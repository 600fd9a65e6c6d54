package com.payerlink.account.domain;

import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
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

    // only the list's columns: an export of a million accounts reads and maps no more than it writes
    private static final List<Field<?>> LIST_FIELDS = List.of(CA.PARTITION, CA.ACCOUNT_ID, CA.NAME,
            CA.CONNECTION_METHOD, CA.CONTACT_EMAILS, CA.PRODUCTS, CA.CUR_BUCKET, CA.CUR_REPORT_NAME, CA.CUR_PREFIX,
            CA.CUR_BUCKET_REGION);

    /** The accounts matching the query as account-list rows, sorted as the grid sorts; close the stream. */
    Stream<AccountListRow> listRows(UUID tenantId, AccountQuery query) {
        return dsl.select(LIST_FIELDS).from(CA).where(AccountDAO.conditions(tenantId, query))
            .orderBy(AccountDAO.sortFields(query)).fetchSize(FETCH_SIZE).stream().map(AccountListDAO::toListRow);
    }

    Stream<AccountListRow> listRows(UUID tenantId, Collection<UUID> ids) {
        return dsl.select(LIST_FIELDS).from(CA).where(CA.TENANT_ID.eq(tenantId).and(CA.ID.in(ids)))
            .orderBy(CA.NAME, CA.ID).fetchSize(FETCH_SIZE).stream().map(AccountListDAO::toListRow);
    }

    private static AccountListRow toListRow(Record r) {
        return new AccountListRow(r.get(CA.PARTITION), r.get(CA.ACCOUNT_ID), r.get(CA.NAME),
                r.get(CA.CONNECTION_METHOD), List.of(r.get(CA.CONTACT_EMAILS)), AccountDAO.productSet(r.get(CA.PRODUCTS)),
                r.get(CA.CUR_BUCKET), r.get(CA.CUR_REPORT_NAME), r.get(CA.CUR_PREFIX), r.get(CA.CUR_BUCKET_REGION));
    }

    static AccountListRow toListRow(CustomerAccountRecord r) {
        return new AccountListRow(r.getPartition(), r.getAccountId(), r.getName(), r.getConnectionMethod(),
                List.of(r.getContactEmails()),
                AccountDAO.productSet(r.getProducts()), r.getCurBucket(), r.getCurReportName(), r.getCurPrefix(),
                r.getCurBucketRegion());
    }
}
