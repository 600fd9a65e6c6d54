package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;

/**
 * Account lists: the tenant's accounts written in the CSV import's own format, and a confirmed import
 * applied set-based in one transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountListService {

    /** The most accounts one bulk action on "all matching" takes. */
    public static final int MAX_SELECTION = 100_000;

    private final AccountListDAO accountLists;

    private final AccountImportDAO imports;

    /**
     * Writes the tenant's accounts that match the query as an account list (the import's format: header
     * line, then one line per account), with every cell safe to open in a spreadsheet.
     */
    @Transactional(readOnly = true)
    public void writeAccountList(AccountQuery query, Writer out) throws IOException {
        writeAccountList(accountLists.listRows(CurrentScope.requireRoleInTenant(Roles.READERS), query), out);
    }

    /** Writes the chosen accounts of the tenant as an account list; ids of other tenants are ignored. */
    @Transactional(readOnly = true)
    public void writeAccountList(Collection<UUID> ids, Writer out) throws IOException {
        writeAccountList(accountLists.listRows(CurrentScope.requireRoleInTenant(Roles.READERS), ids), out);
    }

    /** Writes the selected accounts of the tenant as an account list (a filter is resolved now, on the server). */
    @Transactional(readOnly = true)
    public void writeAccountList(AccountSelection selection, Writer out) throws IOException {
        if (selection instanceof AccountSelection.Matching matching) {
            writeAccountList(matching.query(), out);
        }
        else {
            writeAccountList(((AccountSelection.Chosen) selection).ids(), out);
        }
    }

    /**
     * The ids of the selected accounts of the tenant: a filter resolved here on the server, chosen ids without those of
     * other tenants; in the grid's order (chosen ones by name).
     *
     * @throws InvalidInputException if the filter matches more than {@value #MAX_SELECTION} accounts
     */
    @Transactional(readOnly = true)
    public List<UUID> ids(AccountSelection selection) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.READERS);
        List<UUID> ids;
        if (selection instanceof AccountSelection.Matching matching) {
            ids = accountLists.ids(tenant, matching.query(), MAX_SELECTION + 1);
        }
        else {
            List<UUID> chosen = ((AccountSelection.Chosen) selection).ids();
            ids = chosen.isEmpty() ? List.of() : accountLists.ids(tenant, chosen);
        }
        if (ids.size() > MAX_SELECTION) {
            throw new InvalidInputException(null, "More than " + MAX_SELECTION + " accounts match the filter; one"
                    + " bulk action takes at most " + MAX_SELECTION + ". Narrow the filter (e.g. by state) and act in parts.");
        }
        return ids;
    }

    /** Every id of the tenant's accounts that match the query, in its order: the work list of a sweep. */
    @Transactional(readOnly = true)
    public List<UUID> allIds(AccountQuery query) {
        return accountLists.ids(CurrentScope.requireRoleInTenant(Roles.READERS), query, Integer.MAX_VALUE);
    }

    /** The check codes that the tenant's failed accounts report now, for the grid's failure filter. */
    @Transactional(readOnly = true)
    public List<String> failureCodes() {
        return accountLists.failureCodes(CurrentScope.requireRoleInTenant(Roles.READERS));
    }

    private static void writeAccountList(Stream<String[]> rows, Writer out) throws IOException {
        try (rows) {
            out.write(CsvCells.of(AccountListColumn.headers()));
            for (String[] cells : (Iterable<String[]>) rows::iterator) {
                out.write(CsvCells.of(cells));
            }
        }
        out.flush();
    }

    /**
     * Compares an import's rows with the tenant's stored accounts of the same keys, in the database (the rows are
     * staged with {@code COPY}): hands the position of each row that matches its stored account to {@code unchanged},
     * and each row that would change one, with the stored account, to {@code changed}. Rows without a stored account
     * are new, and left out. Writes nothing but a temporary table.
     */
    @Transactional
    public void matchStored(List<AccountListRow> rows, IntConsumer unchanged,
            ObjIntConsumer<AccountListEntry> changed) {
        CurrentScope.requireRole(Roles.EDITORS);
        if (!rows.isEmpty()) {
            imports.match(CurrentScope.requireTenant(), rows, unchanged, changed);
        }
    }

    /**
     * Applies an imported account list in one transaction, set-based: creates the new accounts in DRAFT
     * at step 1, each with a fresh ExternalId, and updates the changed ones' list fields only (never their
     * wizard step, state, ExternalId or role ARNs). Each account's history says "Imported from &lt;source&gt;"
     * (for a new account, from its creation note).
     *
     * @throws ConcurrentChangeException if an account changed, or a new one was added by someone else, since
     *                                   the caller read them; then nothing is written
     */
    @Transactional
    public AccountImportResult importAccounts(List<AccountListRow> creates, List<AccountListUpdate> updates,
            String source) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        String actor = CurrentScope.actor();
        int created;
        try {
            created = imports.insertImported(tenant, creates, actor, source);
        }
        catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("The account list (someone added some of its accounts)");
        }
        // new accounts carry their creation note themselves (see insertImported); updates get a history line
        VersionedRows.requireWritten(updates.isEmpty() ? 0
                : imports.updateImported(tenant, updates, actor, "Imported from " + source + ": "), updates.size(),
                "The account list (someone changed some of its accounts)");
        return new AccountImportResult(created, updates.size());
    }

}
