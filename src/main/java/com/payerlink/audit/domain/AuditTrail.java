package com.payerlink.audit.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.CsvCells;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The audit log to read: org admins read their tenant's, platform admins every tenant's and the platform's own.
 * Nobody changes it (the database refuses updates and deletes).
 */
@Service
@RequiredArgsConstructor
public class AuditTrail {

    static final String[] CSV_HEADERS = { "time (UTC)", "tenant", "actor", "action", "action name", "detail" };

    private final AuditTrailDAO dao;

    /** One page of the entries that match, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(AuditFilter filter, int offset, int limit) {
        return dao.page(readableTenant(), filter, offset, limit);
    }

    /** The action names the reader's log holds. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return dao.actions(readableTenant());
    }

    /** Writes every matching entry as CSV (safe to open in a spreadsheet), streaming. */
    @Transactional(readOnly = true)
    public void writeCsv(AuditFilter filter, Writer out) throws IOException {
        UUID tenant = readableTenant();
        out.write(CsvCells.of(CSV_HEADERS));
        try {
            dao.forEach(tenant, filter, entry -> write(out, entry));
        }
        catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether the reader sees every tenant's entries (platform admins). */
    public boolean readsAllTenants() {
        return CurrentScope.get().hasRole(Role.PLATFORM_ADMIN);
    }

    private static void write(Writer out, AuditEntry e) {
        try {
            out.write(CsvCells.of(DateTimeFormatter.ISO_INSTANT.format(e.at().toInstant()),
                    e.tenantName() == null ? "" : e.tenantName(), e.actor(), e.actionLabel(), e.action(), e.detail()));
        }
        catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    // the tenant whose entries the reader may read; null: all (platform admins)
    private static @Nullable UUID readableTenant() {
        DatabaseScope scope = CurrentScope.requireRole(Role.ORG_ADMIN, Role.PLATFORM_ADMIN);
        return scope.hasRole(Role.PLATFORM_ADMIN) ? null : CurrentScope.requireTenant();
    }

}
