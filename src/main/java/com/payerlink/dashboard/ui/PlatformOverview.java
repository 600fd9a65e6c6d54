package com.payerlink.dashboard.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.dashboard.domain.BackgroundJobs;
import com.payerlink.dashboard.domain.FailingJob;
import com.payerlink.dashboard.domain.PlatformOverviewService;
import com.payerlink.dashboard.domain.PlatformOverviewService.TenantMail;
import com.payerlink.dashboard.domain.TenantAccounts;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** The platform admin's overview of every tenant: accounts per state, mail that does not get out, failing jobs. */
class PlatformOverview extends Div {

    // more rows than this scroll inside the grid instead of stretching the page
    private static final int ROWS_SHOWN = 10;

    final Grid<TenantAccounts> accounts = new Grid<>();

    final Grid<TenantMail> mail = new Grid<>();

    final Grid<FailingJob> jobs = new Grid<>();

    PlatformOverview(PlatformOverviewService overview, BackgroundJobs backgroundJobs) {
        addClassName("dashboard");
        add(card("Accounts per tenant and state", createAccounts(overview.accountsPerTenant())),
                card("Mail that does not get out", createMail(overview.stalledMail())),
                card("Background jobs that fail", createJobs(backgroundJobs.failing())));
    }

    private Grid<TenantAccounts> createAccounts(List<TenantAccounts> tenants) {
        accounts.addColumn(TenantAccounts::tenantName).setHeader("Tenant").setAutoWidth(true).setFrozen(true)
            .setTooltipGenerator(TenantAccounts::tenantName);
        number(accounts, TenantAccounts::total, "Accounts");
        for (AccountState state : AccountState.values()) {
            number(accounts, t -> t.in(state), state.label()).setKey(state.name());
        }
        accounts.setEmptyStateText("No tenants yet. Create one for each MSP under Tenants.");
        return show(accounts, tenants);
    }

    private Grid<TenantMail> createMail(List<TenantMail> backlog) {
        mail.addColumn(TenantMail::tenantName).setHeader("Tenant").setAutoWidth(true);
        number(mail, m -> m.backlog().queued(), "Queued");
        number(mail, m -> m.backlog().overdue(), "Overdue");
        number(mail, m -> m.backlog().failed(), "Failed");
        mail.addColumn(m -> Timestamps.age(m.backlog().oldestOverdue())).setHeader("Oldest overdue since")
            .setAutoWidth(true);
        mail.setEmptyStateText("Every tenant's mail goes out on time.");
        return show(mail, backlog);
    }

    private Grid<FailingJob> createJobs(List<FailingJob> failing) {
        jobs.addColumn(FailingJob::task).setHeader("Job").setAutoWidth(true);
        number(jobs, FailingJob::instances, "Failing");
        number(jobs, j -> (long) j.mostInARow(), "Most failures in a row");
        jobs.addColumn(j -> Timestamps.age(j.lastFailure())).setHeader("Last failure").setAutoWidth(true);
        jobs.setEmptyStateText("No background job is failing.");
        return show(jobs, failing);
    }

    private static <T> Grid.Column<T> number(Grid<T> grid, ToLongFunction<T> value, String header) {
        return grid.addColumn(item -> String.format(Locale.ENGLISH, "%,d", value.applyAsLong(item))).setHeader(header)
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    private static <T> Grid<T> show(Grid<T> grid, List<T> items) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(items);
        if (items.size() <= ROWS_SHOWN) {
            grid.setAllRowsVisible(true);
        }
        else {
            grid.setHeight("24rem");
        }
        return grid;
    }

    private static Div card(String title, Grid<?> grid) {
        Div card = new Div(new H3(title), grid);
        card.addClassNames("dashboard-card", "wide-card");
        return card;
    }

}
