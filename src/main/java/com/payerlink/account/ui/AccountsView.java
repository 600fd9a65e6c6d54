package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.CsvDownload;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.UUID;

/**
 * The tenant's customer accounts: a lazy grid with filters and search, multi-select with bulk
 * actions, and the start of a new account's wizard.
 */
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("Accounts · Payerlink")
@Menu(order = 10, title = "Accounts", icon = "vaadin:cloud")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
public class AccountsView extends VerticalLayout {

    static final String ACCOUNT_LIST_FILE_NAME = "accounts.csv";

    /** The route of the CSV import view (importing feature), by path: features never depend on each other's views. */
    static final String IMPORT_PATH = "accounts/import";

    private final transient AccountService accountService;

    private final boolean mayEdit;

    final AccountFilters filters = new AccountFilters(this::filtersChanged);

    final AccountsGrid grid;

    final AccountsBulkBar bulkBar;

    final Button newAccount = new Button("New account", VaadinIcon.PLUS.create());

    final Anchor exportFiltered;

    final Button importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create());

    /** On a narrow screen the filters fold away behind this button (styles.css), so the rows keep the space. */
    final Button filtersToggle = new Button("Filters", VaadinIcon.FILTER.create());

    // The Export download runs in its own request: it reads this copy of the filters.
    private volatile AccountQuery exportQuery = AccountQuery.all();

    public AccountsView(AccountService accountService, AccountTemplates templates, AccountListService accountLists,
            AuthenticationContext authenticationContext, ObjectProvider<AccountBulkAction> bulkActions,
            ObjectProvider<AccountGridColumn> extraColumns) {
        this.accountService = accountService;
        this.mayEdit = authenticationContext.hasAnyRole(Roles.ORG_ADMIN, Roles.OPERATOR);
        Role role = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::role).orElse(null);
        this.grid = new AccountsGrid(accountService, extraColumns.orderedStream().toList(), filters::query,
                account -> UI.getCurrent().navigate(wizardPath(account.id())));
        this.bulkBar = new AccountsBulkBar(templates, accountLists,
                bulkActions.orderedStream().filter(a -> a.roles().contains(role)).toList(), grid::deselectAll,
                grid::refresh);
        grid.addSelectionListener(e -> bulkBar.select(e.getAllSelectedItems().stream().map(AccountSummary::id).toList()));
        this.exportFiltered = CsvDownload.link("Export", ACCOUNT_LIST_FILE_NAME,
                out -> accountLists.writeAccountList(exportQuery, out));
        addClassName("accounts-view");
        setSizeFull();
        add(createHeader(), filters, bulkBar, grid);
        updateEmptyState();
    }

    private HorizontalLayout createHeader() {
        exportFiltered.getElement().setAttribute("title",
                "A CSV of the accounts that match the filters, in the format the import reads");
        filtersToggle.addClassName("filters-toggle");
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(e -> toggleFilters());
        HorizontalLayout actions = new HorizontalLayout(filtersToggle, exportFiltered);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (mayEdit) {
            importCsv.addClickListener(e -> UI.getCurrent().navigate(IMPORT_PATH));
            newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newAccount.addClickListener(e -> openNewAccountDialog());
            actions.add(importCsv, newAccount);
        }
        actions.addClassName("accounts-actions");
        return new ViewHeader("Customer accounts", actions);
    }

    private void toggleFilters() {
        boolean open = !filters.hasClassName("open");
        filters.setClassName("open", open);
        filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    private void filtersChanged() {
        exportQuery = filters.query();
        updateEmptyState();
        grid.refresh();
    }

    private void updateEmptyState() {
        filters.clearFilters.setEnabled(filters.anySet());
        if (filters.anySet()) {
            grid.setEmptyStateText("No account matches these filters. Change them, or clear the filters.");
        }
        else if (mayEdit) {
            grid.setEmptyStateText("No customer accounts yet. Add one with \"New account\": it opens the connection"
                    + " wizard for that AWS account. Or bring in a whole list from a spreadsheet with \"Import CSV\".");
        }
        else {
            grid.setEmptyStateText("No customer accounts yet. An org admin or operator of your MSP adds them.");
        }
    }

    NewAccountDialog openNewAccountDialog() {
        NewAccountDialog dialog = new NewAccountDialog();
        dialog.openSaving(form -> accountService.create(form.partition(), form.details()), created -> {
            Notices.success("Added " + created.name() + ". Continue with its connection wizard.");
            UI.getCurrent().navigate(wizardPath(created.id()));
        });
        return dialog;
    }

    /** The route of the account's wizard ({@code WizardView}). */
    static String wizardPath(UUID id) {
        return "accounts/" + id;
    }

}
