package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountBookmarks;
import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.account.domain.AccountGridPages;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSort;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.WizardStep;
import com.payerlink.core.ui.PromptGridRequests;
import com.payerlink.core.ui.SelectionLabels;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.Timestamps;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The accounts grid: a lazy, sortable page of the tenant's accounts that match the filters, with
 * the columns other features add, multi-select, and a click or Enter on a row opening its wizard.
 */
class AccountsGrid extends Grid<AccountSummary> {

    private final transient AccountService accountService;

    private final transient AccountGridPages pages;

    // other features' columns (invitations…), so this grid never depends on them
    private final transient List<AccountGridColumn> extraColumns;

    // the extra columns' badges of the rows fetched last, bounded
    private final RecentBadges badges = new RecentBadges();

    private final transient Supplier<AccountQuery> filters;

    // where deep pages start, for the query shown (issue 14: a deep jump no longer skips 50,000 accounts)
    private final AccountBookmarks bookmarks = new AccountBookmarks();

    private final CallbackDataProvider<AccountSummary, Void> accounts;

    final AccountsSelectionModel selection;

    // the columns a user may hide with the column chooser
    final List<Grid.Column<AccountSummary>> optionalColumns = new ArrayList<>();

    // told the number of accounts matching the filters whenever the grid counts them
    private transient IntConsumer countListener = n -> { };

    private int lastCount;

    // The row whose cell has keyboard focus, so Enter can open it.
    private AccountSummary focusedRow;

    AccountsGrid(AccountService accountService, AccountGridPages pages, List<AccountGridColumn> extraColumns,
            Supplier<AccountQuery> filters, Consumer<AccountSummary> open) {
        super(AccountSummary.class, false);
        this.accountService = accountService;
        this.pages = pages;
        this.extraColumns = extraColumns;
        this.filters = filters;
        this.accounts = new CallbackDataProvider<>(this::fetch, this::count, AccountSummary::id);
        Grid.Column<AccountSummary> name = addAccountColumns();
        addStateColumns();
        addProgressColumns();
        this.selection = new AccountsSelectionModel(this, event -> fireEvent((ComponentEvent<?>) event),
                this::allMatchingChanged);
        setSelectionModel(selection, Grid.SelectionMode.MULTI);
        SelectionLabels.nameRows(this, a -> a.name() + " (" + a.accountId() + ")");
        setItems(accounts);
        // the rows a request asks for in one fetch, not one per page of 50: a jump asks for two pages, which were two
        // page queries and two lookups per extra column
        getDataCommunicator().setPagingEnabled(false);
        sort(GridSortOrder.asc(name).build());
        openRowsWith(open);
        addClassName("accounts-grid");
        setSizeFull();
        // "Last change" was first shown in the server's zone; show it again in the browser's
        Timestamps.refreshWhenZoneKnown(this, accounts::refreshAll);
    }

    // a deep jump's request leaves at once, not after Vaadin's 150 ms debounce
    @Override
    protected void initConnector() {
        super.initConnector();
        PromptGridRequests.install(this);
    }

    /** Reads the page again, e.g. after the filters or the accounts changed. */
    void refresh() {
        bookmarks.forget();
        accounts.refreshAll();
    }

    /** Tells the listener the number of accounts that match the filters, each time the grid counts them. */
    void onCount(IntConsumer listener) {
        this.countListener = listener;
    }

    /** How many accounts matched the filters when the grid last counted them. */
    int lastCount() {
        return lastCount;
    }

    /** Selects every account that matches the filters, without loading them (as the header checkbox does). */
    void selectAllMatching() {
        selection.selectAllMatching();
    }

    boolean allMatchingSelected() {
        return selection.isAllMatching();
    }

    // "all matching" is no row set: listeners of selection events hear of it as an empty selection event
    private void allMatchingChanged() {
        fireEvent(new com.vaadin.flow.data.selection.MultiSelectionEvent<>(this, asMultiSelect(), Set.of(), true));
    }

    private Grid.Column<AccountSummary> addAccountColumns() {
        Grid.Column<AccountSummary> name = addColumn(AccountSummary::name)
            .setHeader("Name")
            .setKey(AccountSort.NAME.key())
            .setSortProperty(AccountSort.NAME.key())
            // a long name is cut with an ellipsis: the tooltip shows it whole
            .setTooltipGenerator(AccountSummary::name)
            .setPartNameGenerator(a -> "account-name")
            .setWidth("9rem")
            .setFlexGrow(3);
        addColumn(AccountSummary::accountId)
            .setHeader("Account ID")
            .setKey(AccountSort.ACCOUNT_ID.key())
            .setSortProperty(AccountSort.ACCOUNT_ID.key())
            .setPartNameGenerator(a -> "account-id")
            .setWidth("9.5rem")
            .setFlexGrow(0);
        optionalColumns.add(addColumn(a -> a.partition().label())
            .setHeader("Partition")
            .setKey(AccountSort.PARTITION.key())
            .setSortProperty(AccountSort.PARTITION.key())
            .setWidth("7.5rem")
            .setFlexGrow(0));
        optionalColumns.add(addColumn(a -> a.method().label())
            .setHeader("Method")
            .setKey(AccountSort.METHOD.key())
            .setSortProperty(AccountSort.METHOD.key())
            .setWidth("7.5rem")
            .setTooltipGenerator(a -> a.method().description())
            .setFlexGrow(2));
        return name;
    }

    private void addStateColumns() {
        // badges drawn by the browser from the row's JSON, not a server-side component per cell (issue 14)
        addColumn(StatusBadge.<AccountSummary>renderer(a -> a.state().statusLabel(), AccountSummary::stateDetail))
            .setHeader("State")
            .setTooltipGenerator(AccountSummary::stateDetail)
            .setKey(AccountSort.STATE.key())
            .setSortProperty(AccountSort.STATE.key())
            .setWidth("11rem")
            .setFlexGrow(0);
        optionalColumns.add(addColumn(a -> a.stateSince() == null ? "" : Timestamps.age(a.stateSince()))
            .setHeader("In state since")
            .setKey(AccountSort.IN_STATE_SINCE.key())
            .setSortProperty(AccountSort.IN_STATE_SINCE.key())
            .setTooltipGenerator(a -> a.stateSince() == null ? "" : Timestamps.dateTime(a.stateSince()))
            .setWidth("10.5rem")
            .setFlexGrow(0));
        for (AccountGridColumn column : extraColumns) {
            optionalColumns.add(addColumn(StatusBadge.<AccountSummary>renderer(a -> badges.of(column, a.id())))
                .setHeader(column.header())
                .setKey(column.header())
                .setWidth("8rem")
                .setFlexGrow(0));
        }
    }

    private void addProgressColumns() {
        optionalColumns.add(addColumn(AccountSummary::stepLabel)
            .setHeader("Step")
            .setKey(AccountSort.STEP.key())
            .setSortProperty(AccountSort.STEP.key())
            .setTooltipGenerator(a -> WizardStep.of(a.wizardStep()).title())
            .setWidth("5.5rem")
            .setFlexGrow(0));
        optionalColumns.add(addColumn(a -> Timestamps.age(a.updatedAt()))
            .setHeader("Last change")
            .setKey(AccountSort.UPDATED.key())
            .setSortProperty(AccountSort.UPDATED.key())
            .setTooltipGenerator(a -> Timestamps.dateTime(a.updatedAt()))
            .setWidth("9rem")
            .setFlexGrow(0));
    }

    private void openRowsWith(Consumer<AccountSummary> open) {
        // the selection column has no Flow column: a click there selects, it does not open
        addItemClickListener(e -> {
            if (e.getColumn() != null) {
                open.accept(e.getItem());
            }
        });
        addCellFocusListener(e -> focusedRow = e.getColumn().isPresent() ? e.getItem().orElse(null) : null);
        getElement().addEventListener("keydown", e -> {
            if (focusedRow != null) {
                open.accept(focusedRow);
            }
        }).setFilter("event.key === 'Enter'");
    }

    private Stream<AccountSummary> fetch(Query<AccountSummary, Void> query) {
        AccountGridPages.Page page = pages.page(queryFor(query.getSortOrders()), query.getOffset(), query.getLimit(),
                bookmarks, extraColumns);
        List<UUID> ids = page.rows().stream().map(AccountSummary::id).toList();
        extraColumns.forEach(column -> badges.remember(column, ids, page.badges().get(column.header())));
        return page.rows().stream();
    }

    private int count(Query<AccountSummary, Void> query) {
        lastCount = accountService.matching(filters.get()).count();
        countListener.accept(lastCount);
        return lastCount;
    }

    /** The filters plus the grid's sort, taken only from the whitelist; anything else sorts by name. */
    AccountQuery queryFor(List<QuerySortOrder> sortOrders) {
        AccountQuery q = filters.get();
        for (QuerySortOrder order : sortOrders) {
            Optional<AccountSort> sort = AccountSort.byKey(order.getSorted());
            if (sort.isPresent()) {
                return q.sortedBy(sort.get(), order.getDirection() == SortDirection.DESCENDING);
            }
        }
        return q;
    }

}
