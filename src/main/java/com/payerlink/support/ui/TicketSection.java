package com.payerlink.support.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.AccountSection;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.support.domain.AccountTicketService;
import com.payerlink.support.domain.TicketStatus;
import com.payerlink.support.domain.TicketSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.core.annotation.Order;

import java.util.List;
import java.util.Optional;

/**
 * The support tickets that list an account, with their status, on its page; an account awaiting support is told
 * when its ticket is still a draft (support cannot see it) or when no ticket lists it.
 */
@org.springframework.stereotype.Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TicketSection implements AccountSection {

    private final AccountTicketService tickets;

    @Override
    public Optional<Component> create(CustomerAccount account) {
        List<TicketSummary> found = tickets.ticketsOf(account.id());
        boolean awaitingSupport = account.state() == AccountState.AWAITING_SUPPORT;
        if (found.isEmpty() && !awaitingSupport) {
            return Optional.empty();
        }
        Div section = new Div(new H4(found.size() == 1 ? "Support ticket" : "Support tickets"));
        section.addClassName("ticket-section");
        for (TicketSummary t : found) {
            Anchor link = new Anchor("tickets/" + t.id(), t.reference() + " · " + t.subject());
            HorizontalLayout line = new HorizontalLayout(link, new StatusBadge(t.status().statusLabel()));
            line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            line.addClassName("ticket-line");
            section.add(line);
        }
        warning(account, found, awaitingSupport).ifPresent(section::add);
        return Optional.of(section);
    }

    private static Optional<Paragraph> warning(CustomerAccount account, List<TicketSummary> found,
            boolean awaitingSupport) {
        if (!awaitingSupport) {
            return Optional.empty();
        }
        Paragraph p = new Paragraph();
        p.addClassNames("callout", "ticket-warning");
        if (found.isEmpty()) {
            p.setText("No support ticket lists " + account.name() + ", so support does not know it waits for them."
                    + " Select it under Accounts and choose \"Open ticket\".");
            return Optional.of(p);
        }
        Optional<TicketSummary> draft = found.stream().filter(t -> t.status() == TicketStatus.DRAFT).findFirst();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        p.setText(draft.get().reference() + " is not submitted yet: support sees it only once it is. Open it, describe"
                + " what the accounts need and submit it; then support sets up the connection.");
        return Optional.of(p);
    }

}
