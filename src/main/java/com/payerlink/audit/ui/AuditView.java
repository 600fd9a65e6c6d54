package com.payerlink.audit.ui;

import com.payerlink.audit.domain.AuditEntry;
import com.payerlink.audit.domain.AuditFilter;
import com.payerlink.audit.domain.AuditTrail;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.CsvDownload;
import com.payerlink.core.ui.GridPage;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.ViewHeader;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log to read: who did what, when. Org admins see their tenant's, platform admins every tenant's, with
 * filters and a CSV export of what the filters show. Nobody can change an entry.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit · Payerlink")
@Menu(order = 88, title = "Audit", icon = "vaadin:clipboard-text")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN })
public class AuditView extends GridPage<AuditEntry> {

    static final String CSV_FILE_NAME = "payerlink-audit-log.csv";

    private final transient AuditTrail auditTrail;

    final AuditFilters filters;

    final Anchor export;

    // read by the CSV download's own request, outside the session lock: an immutable value
    private volatile AuditFilter filter = AuditFilter.NONE;

    public AuditView(AuditTrail auditTrail) {
        super(AuditEntry.class);
        this.auditTrail = auditTrail;
        addClassName("audit-view");
        filters = new AuditFilters(auditTrail.actions(), this::filterBy);
        export = CsvDownload.link("Export CSV", CSV_FILE_NAME, out -> auditTrail.writeCsv(filter, out));
        export.addClassName("audit-export");
        addColumns();
        layOut(new ViewHeader("Audit", export), filters);
    }

    private void addColumns() {
        grid.addColumn(e -> Timestamps.dateTime(e.at())).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        if (auditTrail.readsAllTenants()) {
            grid.addColumn(e -> e.tenantName() == null ? "Platform" : e.tenantName()).setHeader("Tenant").setAutoWidth(true);
        }
        // a long address must not push the detail off the screen: cut, with the whole of it as a tooltip
        grid.addColumn(AuditEntry::actor).setHeader("Actor").setWidth("16rem").setFlexGrow(0)
            .setTooltipGenerator(AuditEntry::actor);
        grid.addColumn(AuditEntry::actionLabel).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setWidth("18rem").setFlexGrow(1).setTooltipGenerator(AuditEntry::detail);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> auditTrail.entries(filter, query.getOffset(), query.getLimit()).stream());
    }

    /** Reads the entries again with the filters as they are now (their dates are read in the browser's zone). */
    @Override
    protected void refresh() {
        filterBy(filters.filter());
    }

    private void filterBy(AuditFilter changed) {
        filter = changed;
        grid.getDataProvider().refreshAll();
    }

}
