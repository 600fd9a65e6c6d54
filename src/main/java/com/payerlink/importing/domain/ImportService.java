package com.payerlink.importing.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountImportResult;
import com.payerlink.account.domain.AccountListColumn;
import com.payerlink.account.domain.AccountListRow;
import com.payerlink.account.domain.AccountListUpdate;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CsvCells;
import com.payerlink.account.domain.Product;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.metrics.PortalMetrics;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Bulk import of account lists from CSV: upload → parse → change detection → review (the
 * {@link ImportPreview}) → apply, in one transaction, only when the operator confirms.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportService {

    private static final int HISTORY_SIZE = 50;

    private final AccountService accountService;

    private final AccountListService accountLists;

    private final ImportDAO importDAO;

    private final ImportSettings settings;

    private final AuditLog auditLog;

    private final ImportCapacity capacity;

    private final PortalMetrics metrics;

    private final ApplicationEventPublisher events;

    /** The largest file an upload accepts. */
    public long maxBytes() {
        return settings.maxBytes().toBytes();
    }

    /**
     * Reads an uploaded file and classifies each account line against the tenant's accounts. Writes nothing.
     * A file that cannot be imported at all (also one of more than {@code payerlink.import.max-rows} account lines)
     * comes back as a preview with a {@link ImportPreview#fileProblem()}.
     *
     * @param padIds pad account IDs that lost leading zeros (1 to 11 digits) to 12 digits
     * @throws ImportBusyException when the tenant or this portal node runs as many previews and applies as it may
     */
    public ImportPreview preview(String fileName, byte[] bytes, boolean padIds) {
        long started = System.nanoTime();
        ImportPreview preview;
        try {
            preview = read(fileName, bytes, padIds);
        }
        catch (ImportBusyException busy) {
            metrics.importRun("preview", "busy", 0, Duration.ofNanos(System.nanoTime() - started));
            throw busy;
        }
        metrics.importRun("preview", preview.fileProblem() == null ? "ok" : "refused", preview.lineCount(),
                Duration.ofNanos(System.nanoTime() - started));
        return preview;
    }

    private ImportPreview read(String fileName, byte[] bytes, boolean padIds) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        if (bytes.length > maxBytes()) {
            return ImportPreview.ofProblem(name, tenant, padIds, "", tooBig(bytes.length));
        }
        try (var claim = capacity.claim(tenant)) {
            AccountListParser.Result parsed;
            try {
                parsed = AccountListParser.parse(bytes, padIds, settings.maxRows());
            }
            catch (ImportFileException e) {
                return ImportPreview.ofProblem(name, tenant, padIds, "", e.getMessage());
            }
            detectChanges(parsed.rows());
            String format = parsed.format().encodingLabel() + ", " + parsed.format().delimiterName() + "-separated";
            return new ImportPreview(name, tenant, padIds, format, null, parsed.notes(), parsed.rows(),
                    parsed.unlistedErrors(), parsed.paddable());
        }
    }

    private String tooBig(long bytes) {
        return "The file is " + megabytes(bytes) + "; the limit is " + megabytes(maxBytes()) + ". Split the list into"
                + " smaller files and import them one after the other.";
    }

    /** The message for an upload that was stopped at the limit, its size unknown. */
    public String overLimit(String fileName) {
        return "The file " + fileName + " is bigger than the limit of " + megabytes(maxBytes()) + ". Split the list"
                + " into smaller files and import them one after the other.";
    }

    // in the database: the rows are staged with COPY and joined to the stored accounts (AccountListService)
    private void detectChanges(List<ImportRow> rows) {
        List<ImportRow> readable = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            if (row.values() != null) {
                readable.add(row);
            }
        }
        boolean[] stored = new boolean[readable.size()];
        accountLists.matchStored(new AbstractList<>() {
            @Override
            public AccountListRow get(int index) {
                return readable.get(index).values();
            }

            @Override
            public int size() {
                return readable.size();
            }
        }, i -> {
            stored[i] = true;
            readable.get(i).classifyUnchanged();
        }, (entry, i) -> {
            stored[i] = true;
            AccountChangeDetector.classify(readable.get(i), entry);
        });
        for (int i = 0; i < stored.length; i++) {
            if (!stored[i]) {
                classifyNew(readable.get(i));
            }
        }
    }

    private void classifyNew(ImportRow row) {
        var refusal = accountService.notACustomerAccount(row.values().accountId());
        if (refusal.isPresent()) {
            row.reject(new ImportMessage(row.line(), AccountListColumn.ACCOUNT_ID.header(),
                    row.values().accountId().value(), refusal.get()));
            return;
        }
        row.classifyNew(withDefaults(row.values()));
    }

    // What the file leaves empty on a new account: an MSP customer account, Cost Analytics only, no contacts.
    private static AccountListRow withDefaults(AccountListRow r) {
        return new AccountListRow(r.partition(), r.accountId(), r.name(),
                r.method() == null ? ConnectionMethod.MSP_SINGLE : r.method(),
                r.contactEmails() == null ? List.of() : r.contactEmails(), Product.withAlwaysOn(r.products()),
                r.curBucket(), r.curReportName(), r.curPrefix(), r.curBucketRegion());
    }

    /**
     * Applies a confirmed preview in one transaction: creates the NEW accounts, changes the UPDATE ones, and
     * records the import in the history. A preview with any error is refused and nothing is written; so is
     * one whose accounts changed since it was made.
     *
     * @throws ImportBusyException when the tenant or this portal node runs as many previews and applies as it may
     */
    @Transactional
    public AccountImport apply(ImportPreview preview) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        if (!tenant.equals(preview.tenantId())) {
            throw new AccessDeniedException("This preview belongs to another tenant.");
        }
        long started = System.nanoTime();
        String outcome = "refused";
        try (var claim = capacity.claim(tenant)) {
            AccountImport recorded = applyClaimed(tenant, preview);
            outcome = "ok";
            return recorded;
        }
        catch (ImportBusyException busy) {
            outcome = "busy";
            throw busy;
        }
        finally {
            metrics.importRun("apply", outcome, preview.lineCount(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private AccountImport applyClaimed(UUID tenant, ImportPreview preview) {
        if (preview.fileProblem() != null) {
            throw new InvalidInputException(null, preview.fileProblem() + " Nothing was written.");
        }
        int errors = preview.count(ImportRowStatus.ERROR);
        if (errors > 0) {
            throw new InvalidInputException(null, errors + (errors == 1 ? " line has an error" : " lines have errors")
                    + ", so nothing was written. Fix " + (errors == 1 ? "it" : "them") + " in the file (download the"
                    + " errors as CSV to see each one) and upload it again.");
        }
        if (preview.writes() == 0) {
            throw new InvalidInputException(null, "Every account in " + preview.fileName() + " matches what is stored"
                    + " already; there is nothing to import.");
        }
        List<AccountListRow> creates = new ArrayList<>(preview.count(ImportRowStatus.NEW));
        List<AccountListUpdate> updates = new ArrayList<>(preview.count(ImportRowStatus.UPDATE));
        for (ImportRow row : preview.rows()) {
            if (row.status() == ImportRowStatus.NEW) {
                creates.add(row.values());
            }
            else if (row.status() == ImportRowStatus.UPDATE) {
                updates.add(row.update());
            }
        }
        AccountImportResult result = accountLists.importAccounts(creates, updates, preview.fileName());
        AccountImport recorded = importDAO.insert(tenant, new AccountImport(UUID.randomUUID(), preview.fileName(),
                CurrentScope.actor(), null, preview.rows().size(), result.created(), result.updated(),
                preview.count(ImportRowStatus.UNCHANGED), preview.padded()));
        auditLog.record("ACCOUNTS_IMPORTED", preview.fileName() + ": " + result.created() + " new, "
                + result.updated() + " updated, " + recorded.unchanged() + " unchanged");
        events.publishEvent(new ImportApplied(tenant, recorded));
        return recorded;
    }

    /** The tenant's applied imports, newest first (the last 50). */
    @Transactional(readOnly = true)
    public List<AccountImport> history() {
        return importDAO.history(CurrentScope.requireRoleInTenant(Roles.EDITORS), HISTORY_SIZE);
    }

    /** A template file: the header line and one example account. */
    public String templateCsv() {
        return CsvCells.of(AccountListColumn.headers())
                + CsvCells.of(Arrays.stream(AccountListColumn.values()).map(AccountListColumn::example)
                    .toArray(String[]::new));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

}
