package com.payerlink.support.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Actors;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.db.tables.records.TicketRecord;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Support tickets. Tenant users open, submit, comment on, reopen and close their own tenant's
 * tickets; support agents work the submitted tickets of every tenant and may comment internally.
 * Every public change is mailed to the requester; resolving releases the ticket's accounts.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TicketService {

    static final String CONNECTION_SUBJECT = "Enable accounts read through one MSP connection";

    private final TicketDAO ticketDAO;

    private final TicketRows rows;

    private final AccountService accountService;

    private final TenantService tenantService;

    private final ApplicationEventPublisher events;

    private final EnablementTickets enablement;

    /** One page of tickets, most recently changed first: the tenant's own, or every tenant's for agents. */
    @Transactional(readOnly = true)
    public List<TicketSummary> page(TicketQuery query, int offset, int limit) {
        CurrentScope.requireRole(Roles.TICKET_READERS);
        return ticketDAO.page(tenantFilter(), query, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(TicketQuery query) {
        CurrentScope.requireRole(Roles.TICKET_READERS);
        return ticketDAO.count(tenantFilter(), query);
    }

    /** The ticket with its accounts and thread; internal comments for support agents only. */
    @Transactional(readOnly = true)
    public Ticket get(UUID id) {
        CurrentScope.requireRole(Roles.TICKET_READERS);
        return rows.toTicket(load(id));
    }

    /** Opens a ticket at once (submitted), optionally about some of the tenant's accounts. */
    @Transactional
    public Ticket create(TicketForm form, Collection<UUID> accountIds) {
        CurrentScope.requireRole(Roles.EDITORS);
        return open(form, accountIds, CurrentScope.actor());
    }

    /**
     * Opens a ticket for a caller without a mailbox of its own (an API token): the given address, which must be a
     * user's of the tenant, hears of every change instead.
     */
    @Transactional
    public Ticket create(TicketForm form, Collection<UUID> accountIds, String requesterEmail) {
        CurrentScope.requireRole(Roles.EDITORS);
        EmailAddress email = EmailAddress.tryParse(requesterEmail).orElseThrow(() -> new InvalidInputException(
                "requesterEmail", "Name who hears of the ticket's changes: an e-mail address such as"
                        + " ops@example.com."));
        // else a token could make the portal mail anybody, under the tenant's and Payerlink's name
        if (!tenantService.isUserOfCurrentTenant(email.value())) {
            throw new InvalidInputException("requesterEmail", email.value() + " is not a user of your tenant; name"
                    + " the e-mail address of one of its users (an org admin sees them under Users), who then hears"
                    + " of the ticket's changes.");
        }
        return open(form, accountIds, email.value());
    }

    private Ticket open(TicketForm form, Collection<UUID> accountIds, String requesterEmail) {
        TicketForm valid = form.validated();
        TicketRecord r = rows.insert(valid, TicketStatus.OPEN, "MANUAL", CurrentScope.actor(), accountIds);
        r.setRequesterEmail(requesterEmail);
        VersionedRows.store(r, r.getVersion(), "Ticket " + r.getReference());
        publish(r, "Ticket opened: " + valid.subject(), false);
        return rows.toTicket(r);
    }

    /** A draft about the chosen accounts, for the operator to describe and submit. */
    @Transactional
    public Ticket draft(Collection<UUID> accountIds) {
        CurrentScope.requireRole(Roles.EDITORS);
        if (accountIds.isEmpty()) {
            throw new InvalidInputException(null, "Select the accounts the ticket is about first.");
        }
        List<AccountSummary> accounts = accountService.summaries(accountIds);
        String subject = accounts.size() == 1 ? "About account " + accounts.get(0).name()
                : "About " + accounts.size() + " accounts";
        TicketRecord r = rows.insert(new TicketForm(subject, "", TicketPriority.NORMAL), TicketStatus.DRAFT, "MANUAL",
                CurrentScope.actor(), accountIds);
        return rows.toTicket(r);
    }

    /** Saves a draft's text without submitting it. */
    @Transactional
    public Ticket saveDraft(UUID id, int seenVersion, TicketForm form) {
        TicketRecord r = loadDraft(id);
        TicketRows.fill(r, form.validated());
        VersionedRows.store(r, seenVersion, "Ticket " + r.getReference());
        return rows.toTicket(r);
    }

    /** Submits a draft: support sees it from now on, and the submitter hears of every change. */
    @Transactional
    public Ticket submit(UUID id, int seenVersion, TicketForm form) {
        TicketRecord r = loadDraft(id);
        TicketRows.fill(r, form.validated());
        r.setStatus(TicketStatus.OPEN.name());
        r.setRequesterEmail(CurrentScope.actor());
        VersionedRows.store(r, seenVersion, "Ticket " + r.getReference());
        ticketDAO.addComment(r.getTenantId(), r.getId(), CurrentScope.actor(), role().name(), "", false,
                TicketStatus.DRAFT.label() + " → " + TicketStatus.OPEN.label());
        publish(r, "Ticket submitted: " + r.getSubject(), false);
        return rows.toTicket(r);
    }

    /** Throws a draft away; submitted tickets stay for the record. */
    @Transactional
    public void discard(UUID id, int seenVersion) {
        TicketRecord r = loadDraft(id);
        VersionedRows.delete(r, seenVersion, "Ticket " + r.getReference());
    }

    /**
     * Adds a comment. Internal comments are for support agents only; a tenant's answer to a ticket
     * waiting on it puts the ticket back in progress.
     */
    @Transactional
    public Ticket comment(UUID id, String body, boolean internal) {
        DatabaseScope scope = CurrentScope.requireRole(Roles.TICKET_WRITERS);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("comment", "Write a comment first.");
        }
        if (text.length() > 20_000) {
            throw new InvalidInputException("comment", "The comment is too long: at most 20,000 characters.");
        }
        boolean agent = scope.role() == Role.SUPPORT_AGENT;
        if (internal && !agent) {
            throw new InvalidInputException("internal", "Only support agents write internal comments.");
        }
        TicketRecord r = load(id);
        TicketStatus status = TicketStatus.valueOf(r.getStatus());
        if (status == TicketStatus.DRAFT || status == TicketStatus.CLOSED) {
            throw new InvalidInputException("comment", status == TicketStatus.DRAFT
                    ? "Submit the draft first; comments begin once support can see the ticket."
                    : "This ticket is closed. Open a new ticket if something is still wrong.");
        }
        String statusChange = null;
        if (!agent && status == TicketStatus.WAITING_ON_CUSTOMER) {
            statusChange = move(r, TicketStatus.IN_PROGRESS);
        }
        ticketDAO.addComment(r.getTenantId(), r.getId(), CurrentScope.actor(), scope.role().name(), text, internal, statusChange);
        TicketRows.touch(r);
        VersionedRows.store(r, r.getVersion(), "Ticket " + r.getReference());
        if (!internal) {
            publish(r, CurrentScope.actor() + " wrote:\n\n" + text + (statusChange == null ? "" : "\n\nStatus: " + statusChange), false);
        }
        return rows.toTicket(r);
    }

    /** Moves the ticket on, as far as the caller's role allows; resolving releases its accounts from support. */
    @Transactional
    public Ticket changeStatus(UUID id, int seenVersion, TicketStatus to) {
        DatabaseScope scope = CurrentScope.requireRole(Roles.TICKET_WRITERS);
        TicketRecord r = load(id);
        TicketStatus from = TicketStatus.valueOf(r.getStatus());
        if (from == TicketStatus.DRAFT) {
            throw new InvalidInputException(null, "Submit the draft first.");
        }
        if (!from.next(scope.role()).contains(to)) {
            throw new InvalidInputException(null, "A ticket that is " + from.label().toLowerCase() + " cannot be set to "
                    + to.label().toLowerCase() + " by you.");
        }
        String change = move(r, to);
        ticketDAO.addComment(r.getTenantId(), r.getId(), CurrentScope.actor(), scope.role().name(), "", false, change);
        TicketRows.touch(r);
        VersionedRows.store(r, seenVersion, "Ticket " + r.getReference());
        publish(r, "Status: " + change + " (by " + CurrentScope.actor() + ")", to == TicketStatus.RESOLVED);
        return rows.toTicket(r);
    }

    private static String move(TicketRecord r, TicketStatus to) {
        String change = TicketStatus.valueOf(r.getStatus()).label() + " → " + to.label();
        r.setStatus(to.name());
        return change;
    }

    private TicketRecord load(UUID id) {
        return ticketDAO.find(tenantFilter(), id).orElseThrow(TicketNotFoundException::new);
    }

    private TicketRecord loadDraft(UUID id) {
        CurrentScope.requireRole(Roles.EDITORS);
        TicketRecord r = load(id);
        if (!TicketStatus.DRAFT.name().equals(r.getStatus())) {
            throw new InvalidInputException(null, "This ticket was submitted already; add a comment instead.");
        }
        return r;
    }

    private void publish(TicketRecord r, String change, boolean resolved) {
        events.publishEvent(new TicketChanged(r.getTenantId(), r.getId(), r.getReference(), r.getSubject(),
                r.getRequesterEmail(), CurrentScope.actor(), change, TicketStatus.valueOf(r.getStatus()), resolved,
                resolved ? ticketDAO.accounts(r.getId()).stream().map(TicketAccount::accountId).toList() : List.of()));
    }

    /**
     * An MSP_MULTIPLE connection was registered: its account joins the tenant's draft ticket for
     * such accounts (started if there is none), for an operator to review and submit. When its verification passed
     * before this ran (the two are separate tasks), the draft is then submitted or the account released as that
     * verification would have done.
     */
    @Transactional
    public void draftForConnection(ConnectionRegistered event) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        CustomerAccount account = accountService.get(event.accountId());
        addToConnectionDraft(event, account);
        // in the verification's name, as its own task would have: who registered it is told of the submitted ticket
        Actors.runAs(EnablementTickets.VERIFIED_BY, () -> enablement.verificationPassed(account.id()));
    }

    private void addToConnectionDraft(ConnectionRegistered event, CustomerAccount account) {
        TicketRecord r = ticketDAO.connectionDraft(event.tenantId()).orElse(null);
        if (r == null) {
            rows.insert(new TicketForm(CONNECTION_SUBJECT, enablement.description(List.of(account.id())),
                    TicketPriority.NORMAL), TicketStatus.DRAFT, "CONNECTION_REGISTERED", event.registeredBy(),
                    List.of(account.id()));
            return;
        }
        List<UUID> listed = new java.util.ArrayList<>(ticketDAO.accounts(r.getId()).stream().map(TicketAccount::accountId)
            .toList());
        if (listed.contains(account.id())) {
            return; // a retried task: the account is on the draft already
        }
        ticketDAO.addAccount(r.getTenantId(), r.getId(), TicketAccount.of(account));
        listed.add(account.id());
        r.setDescription(enablement.description(listed));
        r.setUpdatedBy(event.registeredBy());
        r.setUpdatedAt(OffsetDateTime.now());
        VersionedRows.store(r, r.getVersion(), "Ticket " + r.getReference());
    }

    /** Agents work every tenant's tickets (row-level security still hides drafts); others their tenant's. */
    private static UUID tenantFilter() {
        return role() == Role.SUPPORT_AGENT ? null : CurrentScope.requireTenant();
    }

    private static Role role() {
        return CurrentScope.get().role();
    }

}
