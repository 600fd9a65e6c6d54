package com.payerlink.support.domain;

import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.notification.domain.MailTemplates;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.PortalLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * What follows a committed change, in the tenant's own scope (support agents have none): an
 * MSP_MULTIPLE registration drafts a ticket; a public ticket change is mailed to the requester; a
 * resolved ticket releases its accounts from AWAITING_SUPPORT.
 */
@Component
class TicketReactions {

    static final String MAIL_KIND = "TICKET_UPDATE";

    private final TicketService ticketService;

    private final AccountStateService accountStates;

    private final OutboxService outbox;

    private final PortalLinks links;

    private final ScopedTransactions scoped;

    TicketReactions(TicketService ticketService, AccountStateService accountStates, OutboxService outbox,
            PortalLinks links, ScopedTransactions scoped) {
        this.ticketService = ticketService;
        this.accountStates = accountStates;
        this.outbox = outbox;
        this.links = links;
        this.scoped = scoped;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ConnectionRegistered event) {
        if (event.method() == ConnectionMethod.MSP_MULTIPLE) {
            scoped.run(DatabaseScope.tenantSystem(event.tenantId()), () -> ticketService.draftForConnection(event));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TicketChanged event) {
        scoped.run(DatabaseScope.tenantSystem(event.tenantId()), () -> {
            if (event.resolved() && !event.accountIds().isEmpty()) {
                accountStates.releaseFromSupport(event.accountIds(), "ticket " + event.reference() + " resolved");
            }
            if (event.requesterEmail() != null && !event.requesterEmail().equalsIgnoreCase(event.actor())) {
                outbox.queue(MAIL_KIND, List.of(event.requesterEmail()), MailTemplates.ticketUpdate(event.reference(),
                        event.subject(), event.change(), links.to("tickets/" + event.ticketId())), null, null);
            }
        });
    }

}
