package com.payerlink.support.domain;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountSelection;
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

    private final AccountListService accounts;

    TicketBulkAction(TicketService tickets, AccountListService accounts) {
        super("Open ticket",
                "Draft a support ticket about the selected accounts; describe it and submit it on the next page",
                Roles.EDITORS);
        this.tickets = tickets;
        this.accounts = accounts;
    }

    @Override
    public Outcome run(AccountSelection selection) {
        List<UUID> accountIds = accounts.ids(selection);
        Ticket draft = tickets.draft(accountIds);
        return new Outcome("Drafted " + draft.reference() + ". Describe the problem and submit it.",
                "tickets/" + draft.id());
    }

}
