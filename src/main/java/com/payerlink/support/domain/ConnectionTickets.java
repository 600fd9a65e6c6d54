package com.payerlink.support.domain;

import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.TicketRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/** The tenant's draft ticket that asks support to enable accounts read through one MSP connection. */
@Service
public class ConnectionTickets {

    static final String CONNECTION_SUBJECT = "Enable accounts read through one MSP connection";

    private final TicketDAO ticketDAO;

    private final TicketRows rows;

    private final AccountService accountService;

    ConnectionTickets(TicketDAO ticketDAO, TicketRows rows, AccountService accountService) {
        this.ticketDAO = ticketDAO;
        this.rows = rows;
        this.accountService = accountService;
    }

    /**
     * An MSP_MULTIPLE connection was registered: its account joins the tenant's draft ticket for
     * such accounts (started if there is none), for an operator to review and submit.
     */
    @Transactional
    public Ticket draftFor(ConnectionRegistered event) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        CustomerAccount account = accountService.get(event.accountId());
        TicketRecord r = ticketDAO.connectionDraft(event.tenantId()).orElse(null);
        String line = "- " + account.name() + " (" + account.accountId().value() + ", " + account.partition().id() + ")";
        if (r == null) {
            r = rows.insert(new TicketForm(CONNECTION_SUBJECT, """
                    Please enable these MSP customer accounts, read through one connection; they wait for support \
                    until this ticket is resolved:
                    """ + line, TicketPriority.NORMAL), TicketStatus.DRAFT, "CONNECTION_REGISTERED",
                    event.registeredBy(), List.of(account.id()));
            return rows.toTicket(r);
        }
        if (ticketDAO.accounts(r.getId()).stream().anyMatch(a -> a.accountId().equals(account.id()))) {
            return rows.toTicket(r); // a retried task: the account is on the draft already
        }
        ticketDAO.addAccount(r.getTenantId(), r.getId(), TicketAccount.of(account));
        r.setDescription(r.getDescription() + "\n" + line);
        r.setUpdatedBy(event.registeredBy());
        r.setUpdatedAt(OffsetDateTime.now());
        VersionedRows.store(r, r.getVersion(), "Ticket " + r.getReference());
        return rows.toTicket(r);
    }

}
