package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountSort;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The tenant's customer accounts: a lazy grid with filters and search, multi-select with bulk
 * actions, and the start of a new account's wizard.
 */
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("Accounts · Payerlink")
@Menu(order = 10, title = "Accounts", icon = "vaadin:cloud")
@RolesAllowed({ Roles.ORG_ADMIN, Roles.OPERATOR, Roles.VIEWER })
public class AccountsView extends VerticalLayout {

    static final String CSV_FILE_NAME = "cloudformation-links.csv";

    static final String ACCOUNT_LIST_FILE_NAME = "accounts.csv";

    /** The route of the CSV import view (importing feature), by path: features never depend on each other's views. */
    static final String IMPORT_PATH = "accounts/import";

    // Spreadsheets read UTF-8 (names in any script) only when the file says so.
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient AccountService accountService;

    private final transient AccountListService accountLists;

    // other features' bulk actions and columns (invitations, tickets…), so this view never depends on them
    private final transient List<AccountBulkAction> bulkActions;

    private final transient List<AccountGridColumn> extraColumns;

    // the extra columns' badges of the rows fetched last
    private final Map<AccountGridColumn, Map<UUID, AccountGridColumn.Badge>> badges = new HashMap<>();

    private final boolean mayEdit;

    final AccountFilters filters = new AccountFilters(this::filtersChanged);

    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);

    final Button newAccount = new Button("New account", VaadinIcon.PLUS.create());

    final Span selectionCount = new Span();

    final Anchor cloudFormationLinks = new Anchor(DownloadHandler.fromInputStream(e -> cloudFormationLinksDownload()),
            AttachmentType.DOWNLOAD, "");

    final Anchor exportSelected = new Anchor(DownloadHandler.fromInputStream(e -> accountListDownload(true)),
            AttachmentType.DOWNLOAD, "");

    final Anchor exportFiltered = new Anchor(DownloadHandler.fromInputStream(e -> accountListDownload(false)),
            AttachmentType.DOWNLOAD, "");

    final Button importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create());

    final HorizontalLayout bulkBar = new HorizontalLayout();

    private final CallbackDataProvider<AccountSummary, Void> accounts;

    // The download runs in its own request, outside the session lock: it reads this copy, never the grid.
    private volatile List<UUID> selectedIds = List.of();

    // The Export download runs in its own request too: it reads this copy of the filters.
    private volatile AccountQuery exportQuery = AccountQuery.all();

    // The browser's zone once it has told us; dates are shown in the server's zone until then.
    private ZoneId zone = ZoneId.systemDefault();

    // The row whose cell has keyboard focus, so Enter can open it.
    private AccountSummary focusedRow;

    public AccountsView(AccountService accountService, AccountListService accountLists,
            AuthenticationContext authenticationContext, ObjectProvider<AccountBulkAction> bulkActions,
            ObjectProvider<AccountGridColumn> extraColumns) {
        this.accountService = accountService;
        this.accountLists = accountLists;
        this.mayEdit = authenticationContext.hasAnyRole(Roles.ORG_ADMIN, Roles.OPERATOR);
        Role role = authenticationContext.getAuthenticatedUser(PayerlinkUser.class).map(PayerlinkUser::role).orElse(null);
        this.bulkActions = bulkActions.orderedStream().filter(a -> a.roles().contains(role)).toList();
        this.extraColumns = extraColumns.orderedStream().toList();
        this.accounts = new CallbackDataProvider<>(this::fetch, this::count, AccountSummary::id);
        addClassName("accounts-view");
        setSizeFull();
        add(createHeader(), filters, createBulkBar(), createGrid());
        updateEmptyState();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
                accounts.refreshAll();
            }
            catch (RuntimeException unknownZone) {
                // keep the server's zone
            }
        });
    }

    private HorizontalLayout createHeader() {
        HorizontalLayout header = new HorizontalLayout(new H2("Customer accounts"));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        exportFiltered.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export"));
        exportFiltered.getElement().setAttribute("download", ACCOUNT_LIST_FILE_NAME);
        exportFiltered.getElement().setAttribute("title",
                "A CSV of the accounts that match the filters, in the format the import reads");
        HorizontalLayout actions = new HorizontalLayout(exportFiltered);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (mayEdit) {
            importCsv.addClickListener(e -> UI.getCurrent().navigate(IMPORT_PATH));
            newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newAccount.addClickListener(e -> openNewAccountDialog());
            actions.add(importCsv, newAccount);
        }
        header.add(actions);
        return header;
    }

    private HorizontalLayout createBulkBar() {
        cloudFormationLinks.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("CloudFormation links"));
        cloudFormationLinks.getElement().setAttribute("download", CSV_FILE_NAME);
        cloudFormationLinks.getElement().setAttribute("title",
                "A CSV with the ExternalId and quick-create link of each selected account, to send to its owner");
        cloudFormationLinks.addClassName("bulk-action");

        exportSelected.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export CSV"));
        exportSelected.getElement().setAttribute("download", ACCOUNT_LIST_FILE_NAME);
        exportSelected.addClassName("bulk-action");

        Button clearSelection = new Button("Clear selection", e -> grid.deselectAll());
        clearSelection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        selectionCount.addClassName("selection-count");

        // other features add their bulk actions (verify, invitations, tickets) as AccountBulkAction beans
        bulkBar.add(selectionCount, cloudFormationLinks, exportSelected);
        bulkActions.forEach(action -> bulkBar.add(bulkButton(action)));
        bulkBar.add(clearSelection);
        bulkBar.addClassName("bulk-bar");
        bulkBar.setAlignItems(FlexComponent.Alignment.CENTER);
        bulkBar.setVisible(false);
        return bulkBar;
    }

    private Button bulkButton(AccountBulkAction action) {
        Button button = new Button(action.label(), e -> {
            try {
                AccountBulkAction.Outcome outcome = action.run(selectedIds);
                Notices.success(outcome.message());
                accounts.refreshAll();
                if (outcome.navigateTo() != null) {
                    UI.getCurrent().navigate(outcome.navigateTo());
                }
            }
            catch (InvalidInputException ex) {
                Notices.error(ex.getMessage());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(action.description());
        button.addClassName("bulk-action");
        return button;
    }

    private Grid<AccountSummary> createGrid() {
        Grid.Column<AccountSummary> name = grid.addColumn(AccountSummary::name)
            .setHeader("Name")
            .setKey(AccountSort.NAME.key())
            .setSortProperty(AccountSort.NAME.key())
            .setWidth("9em")
            .setFlexGrow(3);
        grid.addColumn(AccountSummary::accountId)
            .setHeader("Account ID")
            .setKey(AccountSort.ACCOUNT_ID.key())
            .setSortProperty(AccountSort.ACCOUNT_ID.key())
            .setPartNameGenerator(a -> "account-id")
            .setWidth("9.5em")
            .setFlexGrow(0);
        grid.addColumn(a -> a.partition().label())
            .setHeader("Partition")
            .setKey(AccountSort.PARTITION.key())
            .setSortProperty(AccountSort.PARTITION.key())
            .setWidth("7.5em")
            .setFlexGrow(0);
        grid.addColumn(a -> a.method().label())
            .setHeader("Method")
            .setKey(AccountSort.METHOD.key())
            .setSortProperty(AccountSort.METHOD.key())
            .setWidth("7.5em")
            .setTooltipGenerator(a -> a.method().description())
            .setFlexGrow(2);
        grid.addComponentColumn(AccountsView::stateBadge)
            .setHeader("State")
            .setTooltipGenerator(AccountSummary::stateDetail)
            .setKey(AccountSort.STATE.key())
            .setSortProperty(AccountSort.STATE.key())
            .setWidth("11em")
            .setFlexGrow(0);
        for (AccountGridColumn column : extraColumns) {
            grid.addComponentColumn(a -> badge(badges.getOrDefault(column, Map.of()).get(a.id())))
                .setHeader(column.header())
                .setKey(column.header())
                .setWidth("8em")
                .setFlexGrow(0);
        }
        grid.addColumn(AccountSummary::stepLabel)
            .setHeader("Step")
            .setKey(AccountSort.STEP.key())
            .setSortProperty(AccountSort.STEP.key())
            .setTooltipGenerator(a -> WizardStep.of(a.wizardStep()).title())
            .setWidth("5.5em")
            .setFlexGrow(0);
        grid.addColumn(a -> lastChange(a.updatedAt(), Instant.now(), zone))
            .setHeader("Last change")
            .setKey(AccountSort.UPDATED.key())
            .setSortProperty(AccountSort.UPDATED.key())
            .setTooltipGenerator(a -> a.updatedAt() == null ? "" : DATE_TIME.format(a.updatedAt().atZoneSameInstant(zone)))
            .setWidth("9em")
            .setFlexGrow(0);

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> selectionChanged());
        grid.setItems(accounts);
        grid.sort(GridSortOrder.asc(name).build());

        // the selection column has no Flow column: a click there selects, it does not open
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                open(e.getItem());
            }
        });
        grid.addCellFocusListener(e -> focusedRow = e.getColumn().isPresent() ? e.getItem().orElse(null) : null);
        grid.getElement().addEventListener("keydown", e -> {
            if (focusedRow != null) {
                open(focusedRow);
            }
        }).setFilter("event.key === 'Enter'");

        grid.addClassName("accounts-grid");
        grid.setSizeFull();
        return grid;
    }

    private static Span stateBadge(AccountSummary account) {
        Span badge = new Span(account.state().label());
        badge.getElement().getThemeList().add(("badge " + account.state().badgeTheme()).strip());
        if (account.stateDetail() == null || account.stateDetail().isEmpty()) {
            return badge;
        }
        // e.g. the failed checks' codes: what to look at in the account's wizard
        Span detail = new Span(account.stateDetail());
        detail.addClassName("state-detail");
        Span cell = new Span(badge, detail);
        cell.addClassName("state-cell");
        return cell;
    }

    private static Span badge(AccountGridColumn.Badge badge) {
        Span span = new Span(badge == null ? "" : badge.label());
        if (badge != null) {
            span.getElement().getThemeList().add(("badge " + badge.theme()).strip());
        }
        return span;
    }

    private Stream<AccountSummary> fetch(Query<AccountSummary, Void> query) {
        List<AccountSummary> page = accountService.page(queryFor(query.getSortOrders()), query.getOffset(), query.getLimit());
        List<UUID> ids = page.stream().map(AccountSummary::id).toList();
        extraColumns.forEach(column -> badges.computeIfAbsent(column, c -> new HashMap<>()).putAll(column.badgesFor(ids)));
        return page.stream();
    }

    private int count(Query<AccountSummary, Void> query) {
        return accountService.count(filters.query());
    }

    /** The filters plus the grid's sort, taken only from the whitelist; anything else sorts by name. */
    AccountQuery queryFor(List<QuerySortOrder> sortOrders) {
        AccountQuery q = filters.query();
        for (QuerySortOrder order : sortOrders) {
            Optional<AccountSort> sort = AccountSort.byKey(order.getSorted());
            if (sort.isPresent()) {
                return q.sortedBy(sort.get(), order.getDirection() == SortDirection.DESCENDING);
            }
        }
        return q;
    }

    private void filtersChanged() {
        exportQuery = filters.query();
        updateEmptyState();
        accounts.refreshAll();
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

    private void selectionChanged() {
        List<UUID> ids = grid.getSelectedItems().stream().map(AccountSummary::id).toList();
        selectedIds = ids;
        selectionCount.setText(ids.size() + " selected");
        bulkBar.setVisible(!ids.isEmpty());
    }

    private DownloadResponse cloudFormationLinksDownload() {
        byte[] csv = accountService.cloudFormationLinksCsv(selectedIds).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(csv), CSV_FILE_NAME, "text/csv;charset=UTF-8", csv.length);
    }

    // The account list in the import's own format, so an export imports back unchanged.
    private DownloadResponse accountListDownload(boolean selectionOnly) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(UTF8_BOM);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            if (selectionOnly) {
                accountLists.writeAccountList(selectedIds, out);
            }
            else {
                accountLists.writeAccountList(exportQuery, out);
            }
        }
        return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), ACCOUNT_LIST_FILE_NAME,
                "text/csv;charset=UTF-8", bytes.size());
    }

    NewAccountDialog openNewAccountDialog() {
        NewAccountDialog dialog = new NewAccountDialog();
        dialog.addSaveListener(e -> {
            try {
                CustomerAccount created = accountService.create(e.partition(), e.details());
                dialog.close();
                Notices.success("Added " + created.name() + ". Continue with its connection wizard.");
                UI.getCurrent().navigate(wizardPath(created.id()));
            }
            catch (InvalidInputException ex) {
                dialog.reject(ex);
            }
        });
        dialog.open();
        return dialog;
    }

    private void open(AccountSummary account) {
        UI.getCurrent().navigate(wizardPath(account.id()));
    }

    /** The route of the account's wizard ({@code WizardView}). */
    static String wizardPath(UUID id) {
        return "accounts/" + id;
    }

    /** "just now", "5 min ago", "3 h ago", else the date and time in the given zone. */
    static String lastChange(OffsetDateTime time, Instant now, ZoneId zone) {
        if (time == null) {
            return "";
        }
        Duration age = Duration.between(time.toInstant(), now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        return DATE_TIME.format(time.atZoneSameInstant(zone));
    }

}
