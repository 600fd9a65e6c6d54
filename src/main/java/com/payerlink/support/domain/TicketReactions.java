package com.payerlink.support.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountStateChanged;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.notification.domain.MailTemplates;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.PortalLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What follows a change, in the tenant's own scope (support agents have none): an MSP_MULTIPLE
 * registration drafts a ticket and a resolved ticket releases its accounts from AWAITING_SUPPORT, both
 * as persistent tasks scheduled in the change's own transaction ({@link TicketTasks}); a public
 * ticket change is mailed to the requester, the mail queued in that same transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TicketReactions {

    static final String MAIL_KIND = "TICKET_UPDATE";

    private final SchedulerClient scheduler;

    private final OneTimeTask<ConnectionRegistered> draftConnectionTicket;

    private final OneTimeTask<TicketTasks.AccountRelease> releaseTicketAccounts;

    private final OneTimeTask<TicketTasks.ConnectionVerified> connectionVerified;

    private final OutboxService outbox;

    private final PortalLinks links;

    /** In the registering transaction: the task exists exactly when the registration does. */
    @EventListener
    void on(ConnectionRegistered event) {
        if (event.method() == ConnectionMethod.MSP_MULTIPLE) {
            scheduler.scheduleIfNotExists(draftConnectionTicket.instance(event.accountId().toString(), event), Instant.now());
        }
    }

    /**
     * In the transaction that moved a connection to AWAITING_SUPPORT: its ticket is submitted (tenant setting), or a
     * ticket resolved while it was verified releases it. The task runs after this commit, so it sees either the
     * resolution or, if that commits later, the resolution's own release finds the account awaiting support.
     */
    @EventListener
    void on(AccountStateChanged event) {
        if (event.to() == AccountState.AWAITING_SUPPORT) {
            scheduler.scheduleIfNotExists(connectionVerified.instance(UUID.randomUUID().toString(),
                    new TicketTasks.ConnectionVerified(event.tenantId(), event.accountId())), Instant.now());
        }
    }

    /** In the resolving transaction: the release cannot be lost between the commit and its run. */
    @EventListener
    void releaseAccountsOf(TicketChanged event) {
        if (event.resolved() && !event.accountIds().isEmpty()) {
            scheduler.scheduleIfNotExists(releaseTicketAccounts.instance(UUID.randomUUID().toString(),
                    new TicketTasks.AccountRelease(event.tenantId(), event.reference(), event.actor(), event.accountIds())),
                    Instant.now());
        }
    }

    /**
     * In the changing transaction: the requester's mail is queued exactly when the change commits, in the ticket's
     * tenant, also when a support agent (who has no tenant) made the change.
     */
    @EventListener
    void on(TicketChanged event) {
        if (event.requesterEmail() != null && !event.requesterEmail().equalsIgnoreCase(event.actor())) {
            outbox.queueFor(event.tenantId(), MAIL_KIND, List.of(event.requesterEmail()), MailTemplates.ticketUpdate(
                    event.reference(), event.subject(), event.change(), links.to("tickets/" + event.ticketId())), null, null);
        }
    }

}
