package com.payerlink.support.domain;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.core.security.Roles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** "Open ticket" on the accounts grid's selection: a draft listing them, opened for the operator to finish. */
@Component
@Order(30)
class TicketBulkAction extends AccountBulkAction {

    private final TicketService tickets;

    TicketBulkAction(TicketService tickets) {
        super("Open ticket",
                "Draft a support ticket about the selected accounts; describe it and submit it on the next page",
                Roles.EDITORS);
        this.tickets = tickets;
    }

    @Override
    public Outcome run(List<UUID> accountIds) {
        Ticket draft = tickets.draft(accountIds);
        return new Outcome("Drafted " + draft.reference() + ". Describe the problem and submit it.",
                "tickets/" + draft.id());
    }

}
