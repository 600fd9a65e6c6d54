package com.payerlink.dashboard.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.dashboard.domain.ReadyDay;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;

/** The accounts that became Ready, a CSS column per day (UTC), oldest day on the left. */
class ReadyChart extends Div {

    final H3 title = new H3();

    ReadyChart(List<ReadyDay> days) {
        addClassNames("dashboard-card", "ready-card");
        long total = days.stream().mapToLong(ReadyDay::accounts).sum();
        long most = days.stream().mapToLong(ReadyDay::accounts).max().orElse(0);
        title.setText("Ready over the last " + days.size() + " days: " + String.format(Locale.ENGLISH, "%,d", total));
        Div columns = new Div();
        columns.addClassName("ready-chart");
        days.forEach(d -> columns.add(column(d, most)));
        Div axis = new Div(new Span(days.isEmpty() ? "" : days.get(0).day().toString()),
                new Span(days.isEmpty() ? "" : days.get(days.size() - 1).day() + " (UTC)"));
        axis.addClassName("ready-axis");
        Anchor all = new Anchor(AccountLinks.inState(AccountState.READY), "Show the Ready accounts");
        add(title, columns, axis, all);
    }

    private static Div column(ReadyDay day, long most) {
        Div fill = new Div();
        fill.addClassName("ready-fill");
        fill.setHeight(FunnelChart.percent(day.accounts(), most));
        Div column = new Div(fill);
        column.addClassName("ready-column");
        column.getElement().setAttribute("title", day.day() + ": " + day.accounts() + " Ready");
        column.getElement().setAttribute("data-accounts", Long.toString(day.accounts()));
        return column;
    }

}
