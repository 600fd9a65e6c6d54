package com.payerlink.dashboard.ui;

import com.payerlink.core.security.Role;
import com.payerlink.dashboard.domain.DashboardService;
import com.payerlink.dashboard.domain.StateCount;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;

/** A tenant user's dashboard: the funnel, what needs action, and the accounts that became Ready lately. */
class TenantDashboard extends Div {

    TenantDashboard(DashboardService dashboard, Role role) {
        addClassName("dashboard");
        add(funnel(dashboard.funnel()),
                new ActionPanel(role, dashboard.actionQueues(), dashboard.failuresByCode(),
                        dashboard.invitationWaitingDays(), dashboard.memberChanges()),
                new ReadyChart(dashboard.readyPerDay()));
    }

    private static Div funnel(List<StateCount> funnel) {
        long total = funnel.stream().mapToLong(StateCount::accounts).sum();
        Span count = new Span(String.format(Locale.ENGLISH, "%,d accounts", total));
        count.addClassName("funnel-total");
        Div card = new Div(new H3("Where the accounts stand"), count, new FunnelChart(funnel));
        card.addClassNames("dashboard-card", "funnel-card");
        return card;
    }

}
