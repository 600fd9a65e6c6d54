package com.payerlink.importing.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.ACCOUNT_IMPORT;

/** The history of applied imports. Every query names the tenant; row-level security backs it up. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportDAO {

    private final DSLContext dsl;

    AccountImport insert(UUID tenantId, AccountImport i) {
        return dsl.insertInto(ACCOUNT_IMPORT)
            .set(ACCOUNT_IMPORT.ID, i.id())
            .set(ACCOUNT_IMPORT.TENANT_ID, tenantId)
            .set(ACCOUNT_IMPORT.FILE_NAME, i.fileName())
            .set(ACCOUNT_IMPORT.IMPORTED_BY, i.importedBy())
            .set(ACCOUNT_IMPORT.TOTAL_ROWS, i.totalRows())
            .set(ACCOUNT_IMPORT.CREATED_COUNT, i.created())
            .set(ACCOUNT_IMPORT.UPDATED_COUNT, i.updated())
            .set(ACCOUNT_IMPORT.UNCHANGED_COUNT, i.unchanged())
            .set(ACCOUNT_IMPORT.PADDED_COUNT, i.padded())
            .returning()
            .fetchOne(ImportDAO::toImport);
    }

    /** Newest first. */
    List<AccountImport> history(UUID tenantId, int limit) {
        return dsl.selectFrom(ACCOUNT_IMPORT)
            .where(ACCOUNT_IMPORT.TENANT_ID.eq(tenantId))
            .orderBy(ACCOUNT_IMPORT.IMPORTED_AT.desc(), ACCOUNT_IMPORT.ID)
            .limit(limit)
            .fetch(ImportDAO::toImport);
    }

    private static AccountImport toImport(com.payerlink.db.tables.records.AccountImportRecord r) {
        return new AccountImport(r.getId(), r.getFileName(), r.getImportedBy(), r.getImportedAt(), r.getTotalRows(),
                r.getCreatedCount(), r.getUpdatedCount(), r.getUnchangedCount(), r.getPaddedCount());
    }

}
