package com.payerlink.dashboard.ui;

import com.payerlink.dashboard.domain.StateCount;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;

/** The onboarding funnel: a CSS bar per state, in lifecycle order, each a link to the grid filtered by it. */
class FunnelChart extends Div {

    FunnelChart(List<StateCount> funnel) {
        addClassName("funnel");
        long most = funnel.stream().mapToLong(StateCount::accounts).max().orElse(0);
        funnel.forEach(c -> add(bar(c, most)));
    }

    private static Anchor bar(StateCount count, long most) {
        Span label = new Span(count.state().label());
        label.addClassName("funnel-label");
        Div fill = new Div();
        fill.addClassNames("funnel-fill", "tone-" + count.state().statusLabel().tone().name().toLowerCase(Locale.ROOT));
        fill.setWidth(percent(count.accounts(), most));
        Div track = new Div(fill);
        track.addClassName("funnel-track");
        Span number = new Span(String.format(Locale.ENGLISH, "%,d", count.accounts()));
        number.addClassName("funnel-count");
        Anchor row = new Anchor(AccountLinks.inState(count.state()), label, track, number);
        row.addClassName("funnel-row");
        row.getElement().setAttribute("data-state", count.state().name());
        row.getElement().setAttribute("title", "Show the " + count.accounts() + " " + count.state().label()
                + " accounts in the grid");
        return row;
    }

    // relative to the biggest state, so that small states stay visible; a state with accounts gets at least a sliver
    static String percent(long accounts, long most) {
        if (accounts == 0 || most == 0) {
            return "0";
        }
        return String.format(Locale.ENGLISH, "%.1f%%", Math.max(1.0, 100.0 * accounts / most));
    }

}
