package com.payerlink.tenant.ui;

import com.payerlink.core.ui.GridPage;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;


/** The platform admin's list of MSPs, and where a new one is created with its first org admin. */
@Route(value = "tenants", layout = MainLayout.class)
@PageTitle("Tenants · Payerlink")
@Menu(order = 90, title = "Tenants", icon = "vaadin:building")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class TenantsView extends GridPage<Tenant> {

    private final transient TenantService tenantService;

    /** With hundreds of MSPs the one sought is rarely in view: part of its name or code narrows the list. */
    private final TextField find = new TextField("Find an MSP");

    public TenantsView(TenantService tenantService) {
        super(Tenant.class);
        this.tenantService = tenantService;
        addColumns();
        layOut(ViewHeader.withAction("Tenants", "New tenant", this::openNewTenantDialog), createFinder());
    }

    private void addColumns() {
        // the tenant's page (users, sign-in pauses, accounts, mail, jobs) is a link, so the keyboard reaches it too
        grid.addComponentColumn(t -> new Anchor("tenants/" + t.id(), t.name())).setHeader("MSP")
            .setComparator(Tenant::name).setFlexGrow(2);
        grid.addColumn(Tenant::code).setHeader("Code").setSortable(true);
        grid.addColumn(Tenant::userCount).setHeader("Users");
        grid.addColumn(t -> Timestamps.date(t.createdAt())).setHeader("Created");
    }

    private TextField createFinder() {
        find.setPlaceholder("part of its name or ticket code");
        find.setPrefixComponent(VaadinIcon.SEARCH.create());
        find.setClearButtonVisible(true);
        find.setValueChangeMode(ValueChangeMode.LAZY);
        find.addValueChangeListener(e -> applyFinder());
        find.setWidth("min(100%, 24rem)");
        return find;
    }

    private void applyFinder() {
        String sought = find.getValue().strip().toLowerCase(Locale.ROOT);
        grid.getListDataView().setFilter(t -> sought.isEmpty()
            || t.name().toLowerCase(Locale.ROOT).contains(sought)
            || t.code().toLowerCase(Locale.ROOT).contains(sought));
        grid.setEmptyStateText(sought.isEmpty()
            ? "No tenants yet. Create one for each MSP with \"New tenant\"."
            : "No MSP's name or ticket code contains \"" + find.getValue().strip() + "\". Clear the search to see them all.");
    }

    NewTenantDialog openNewTenantDialog() {
        NewTenantDialog dialog = new NewTenantDialog();
        dialog.openSaving(tenantService::create, created -> {
            refresh();
            Notices.success("Created " + created.name() + ". Its org admin gets a link by mail to set their password.");
        });
        return dialog;
    }

    @Override
    protected void refresh() {
        grid.setItems(tenantService.tenants());
        applyFinder();
    }

}
