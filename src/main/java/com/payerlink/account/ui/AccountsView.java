package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.account.domain.AccountGridPages;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountQueryParameters;
import com.payerlink.account.domain.AccountRegistrationService;
import com.payerlink.account.domain.AccountSelection;
import com.payerlink.core.InvalidInputException;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Locale;
import java.util.UUID;

/**
 * The tenant's customer accounts: a lazy grid with filters and search kept in the URL
 * ({@link AccountQueryParameters}), the number of matching accounts, multi-select (one row at a time, or all
 * matching) with bulk actions and bulk registration, a column chooser, and the start of a new account's wizard.
 */
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("Accounts · Payerlink")
@Menu(order = 10, title = "Accounts", icon = "vaadin:cloud")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
public class AccountsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ACCOUNT_LIST_FILE_NAME = "accounts.csv";

    /** The route of the CSV import view (importing feature), by path: features never depend on each other's views. */
    static final String IMPORT_PATH = "accounts/import";

    private final transient AccountService accountService;

    private final transient AccountRegistrationService registrations;

    private final boolean mayEdit;

    final AccountFilters filters;

    final AccountsGrid grid;

    /** "1,234 accounts": how many match the filters. */
    final Span total = new Span();

    final ColumnChooser columnChooser;

    // the filters the URL asked for last: the grid shows these
    private AccountQuery shownQuery = AccountQuery.all();

    final AccountsBulkBar bulkBar;

    final Button newAccount = new Button("New account", VaadinIcon.PLUS.create());

    final Anchor exportFiltered;

    final Button importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create());

    /** On a narrow screen the filters fold away behind this button (styles.css), so the rows keep the space. */
    final Button filtersToggle = new Button("Filters", VaadinIcon.FILTER.create());

    // The Export download runs in its own request: it reads this copy of the filters.
    private volatile AccountQuery exportQuery = AccountQuery.all();

    public AccountsView(AccountService accountService, AccountGridPages gridPages, AccountTemplates templates, AccountListService accountLists,
            AccountRegistrationService registrations, AuthenticationContext authenticationContext,
            ObjectProvider<AccountBulkAction> bulkActions, ObjectProvider<AccountGridColumn> extraColumns) {
        this.accountService = accountService;
        this.registrations = registrations;
        this.mayEdit = authenticationContext.hasAnyRole(Roles.ORG_ADMIN, Roles.OPERATOR);
        Role role = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::role).orElse(null);
        this.filters = new AccountFilters(accountLists::failureCodes, this::filtersChanged);
        this.grid = new AccountsGrid(accountService, gridPages, extraColumns.orderedStream().toList(), () -> shownQuery,
                account -> UI.getCurrent().navigate(wizardPath(account.id())));
        this.bulkBar = new AccountsBulkBar(templates, accountLists,
                bulkActions.orderedStream().filter(a -> a.roles().contains(role)).toList(),
                role == Role.ORG_ADMIN ? this::openRegistration : null, grid::selectAllMatching, grid::deselectAll,
                grid::refresh);
        grid.addSelectionListener(e -> selectionChanged());
        grid.onCount(this::counted);
        this.columnChooser = new ColumnChooser(grid.optionalColumns);
        this.exportFiltered = CsvDownload.link("Export", ACCOUNT_LIST_FILE_NAME,
                out -> accountLists.writeAccountList(exportQuery, out));
        total.addClassName("accounts-total");
        HorizontalLayout summary = new HorizontalLayout(total, columnChooser);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.setWidthFull();
        summary.setJustifyContentMode(JustifyContentMode.BETWEEN);
        addClassName("accounts-view");
        setSizeFull();
        add(createHeader(), filters, summary, bulkBar, grid);
        updateEmptyState();
    }

    /** Shows the filters the URL asks for (a shared link, the back button); a bad value shows all, saying why. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountQuery asked;
        try {
            asked = AccountQueryParameters.parse(event.getLocation().getQueryParameters().getParameters());
        }
        catch (InvalidInputException e) {
            Notices.error("This link's filters are not all valid: " + e.getMessage());
            asked = AccountQuery.all();
        }
        filters.setQuery(asked);
        if (!asked.equals(shownQuery)) {
            shownQuery = asked;
            exportQuery = asked;
            grid.deselectAll();
            grid.refresh();
        }
        updateEmptyState();
    }

    /** Puts the filters into the URL: a new history entry, so the back button returns to the previous filters. */
    private void filtersChanged() {
        AccountQuery q = filters.query();
        UI.getCurrent().navigate(AccountsView.class, new QueryParameters(AccountQueryParameters.of(q)));
    }

    private void selectionChanged() {
        if (grid.allMatchingSelected()) {
            bulkBar.selectAllMatching(shownQuery, grid.lastCount());
        }
        else {
            bulkBar.select(grid.getSelectedItems().stream().map(AccountSummary::id).toList(), grid.lastCount());
        }
    }

    private void counted(int n) {
        total.setText(String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? "account" : "accounts"));
    }

    /** Opens the bulk registration dialog for the selection; registering opens the verification's progress. */
    BulkRegistrationDialog openRegistration(AccountSelection selection) {
        BulkRegistrationDialog dialog = new BulkRegistrationDialog(selection, registrations.preview(selection));
        dialog.openSaving(registrations::registerReady, done -> {
            Notices.success(done.summary());
            grid.deselectAll();
            grid.refresh();
            UI.getCurrent().navigate("verification/" + done.batchId());
        });
        return dialog;
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
        dialog.openSaving(form -> accountService.createWithFirstSteps(form.partition(), form.details()), created -> {
            Notices.success("Added " + created.name() + ". Continue with step 3 of its connection wizard.");
            UI.getCurrent().navigate(wizardPath(created.id()));
        });
        return dialog;
    }

    /** The route of the account's wizard ({@code WizardView}). */
    static String wizardPath(UUID id) {
        return "accounts/" + id;
    }

}
