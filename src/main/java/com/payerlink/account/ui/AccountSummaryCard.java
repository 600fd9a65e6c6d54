package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountHistoryAction;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.Timestamps;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Where a registered account stands, at the top of its page: its state and since when, what other features add
 * (its last verification with the failed checks, its support ticket) and the connection's lifecycle actions.
 */
class AccountSummaryCard extends Div {

    private static final Set<String> STATE_CHANGES = Set.of(AccountHistoryAction.STATE_CHANGED.name(),
            AccountHistoryAction.REGISTERED.name());

    AccountSummaryCard(CustomerAccount account, List<HistoryEntry> history, List<Component> sections,
            ConnectionActions actions) {
        addClassName("account-summary");
        setId("account-summary");
        OffsetDateTime since = since(account, history);
        Span when = new Span("since " + Timestamps.dateTime(since) + " (" + Timestamps.age(since) + ")");
        when.setId("state-since");
        when.addClassName("state-since");
        HorizontalLayout state = new HorizontalLayout(new Span("State:"), new StatusBadge(account.state().statusLabel()),
                when);
        state.setAlignItems(FlexComponent.Alignment.BASELINE);
        state.addClassName("summary-state");
        add(state);
        if (account.state() == AccountState.DISCONNECTED) {
            Paragraph why = new Paragraph("Disconnected" + (account.stateDetail().isEmpty() ? "" : ": "
                    + account.stateDetail()) + ". Nothing checks this connection any more. Reconnect it to start again"
                    + " at the stack (step 5) with a new ExternalId; an org admin then registers it again.");
            why.setId("disconnected-note");
            // the way back comes first, where it is seen on a phone too, not under the last verification
            add(why, actions);
        }
        sections.forEach(this::add);
        if (account.state() != AccountState.DISCONNECTED) {
            add(actions);
        }
    }

    /** Whether the page shows a card: for registered connections, and for any account a feature has a section on. */
    static boolean shows(CustomerAccount account, List<Component> sections) {
        return account.isRegistered() || account.state() == AccountState.DISCONNECTED || !sections.isEmpty();
    }

    /** When the account came into its state: its latest state change or registration, else its creation. */
    static OffsetDateTime since(CustomerAccount account, List<HistoryEntry> newestFirst) {
        return newestFirst.stream().filter(h -> STATE_CHANGES.contains(h.action())).findFirst()
            .map(HistoryEntry::at).orElse(account.createdAt());
    }

}
