package com.payerlink.support.domain;

import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionSettingsService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.EmailAddress;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.TicketRecord;
import com.payerlink.payer.domain.PayerMember;
import com.payerlink.payer.domain.PayerMemberService;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The enablement ticket of MSP_MULTIPLE connections: it lists every member account ID of the customers each connection
 * covers (the customers its account is a member of), is submitted by itself once a connection passes verification
 * when the tenant wants that, and a connection that passes verification after its ticket was resolved is released
 * at once instead of waiting for support with no open ticket.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EnablementTickets {

    static final String INTRO = "Please enable these MSP customer accounts, read through one connection; they wait for"
            + " support until this ticket is resolved. Under each connection, every member account of the customers"
            + " it covers:";

    /** In whose name a passed verification submits a ticket or releases a connection. */
    static final String VERIFIED_BY = "Payerlink (verification passed)";

    private final TicketDAO ticketDAO;

    private final AccountService accountService;

    private final AccountStateService accountStates;

    private final ConnectionSettingsService settings;

    private final PayerMemberService members;

    private final ApplicationEventPublisher events;

    /** The ticket's description for these connection accounts, in the order given. */
    String description(Collection<UUID> accountIds) {
        StringBuilder text = new StringBuilder(INTRO);
        for (UUID id : accountIds) {
            CustomerAccount a = accountService.get(id);
            text.append("\n- ").append(a.name()).append(" (").append(a.accountId().value()).append(", ")
                .append(a.partition().id()).append(")");
            Map<String, List<String>> byCustomer = new LinkedHashMap<>();
            for (PayerMember m : members.membersOfCustomersOf(a.accountId())) {
                byCustomer.computeIfAbsent(m.customerName(), k -> new java.util.ArrayList<>()).add(m.accountId().value());
            }
            if (byCustomer.isEmpty()) {
                text.append("\n  No customer has this account among its members yet: group it into its customer"
                        + " (Customers) to list the customer's other accounts here.");
            }
            byCustomer.forEach((customer, ids) -> text.append("\n  ").append(customer).append(": ")
                .append(String.join(", ", ids)));
        }
        return text.toString();
    }

    /**
     * A connection passed verification and waits for support: a ticket listing it that was resolved since its
     * registration releases it now; else, with the tenant's setting on, the draft that lists it is brought up to date
     * and submitted in the name of who registered it. Repeating this changes nothing more; it runs again once the
     * registration's draft lists the connection, for a verification that passed before the draft was written.
     */
    @Transactional
    void verificationPassed(UUID accountId) {
        UUID tenant = CurrentScope.requireTenant();
        // the account's state is read after a draft being written for it has been committed
        ticketDAO.lockConnectionDrafts(tenant);
        CustomerAccount account = accountService.get(accountId);
        if (account.state() != AccountState.AWAITING_SUPPORT || account.registeredAt() == null) {
            return;
        }
        Optional<String> resolved = ticketDAO.resolvedListing(tenant, accountId, account.registeredAt());
        if (resolved.isPresent()) {
            accountStates.releaseFromSupport(List.of(accountId), "ticket " + resolved.get()
                    + " was resolved while verification ran");
            return;
        }
        if (settings.submitEnablementTicket()) {
            ticketDAO.connectionDraftListing(tenant, accountId).ifPresent(this::submit);
        }
    }

    private void submit(TicketRecord r) {
        List<UUID> accounts = ticketDAO.accounts(r.getId()).stream().map(TicketAccount::accountId).toList();
        r.setDescription(description(accounts));
        r.setStatus(TicketStatus.OPEN.name());
        // who registered the first connection on it hears of its changes (nobody when a job registered it)
        r.setRequesterEmail(EmailAddress.tryParse(r.getCreatedBy()).map(EmailAddress::value).orElse(null));
        TicketRows.touch(r);
        VersionedRows.store(r, r.getVersion(), "Ticket " + r.getReference());
        ticketDAO.addComment(r.getTenantId(), r.getId(), CurrentScope.actor(), CurrentScope.get().role().name(),
                "Submitted by itself: the connection passed verification (Connection settings).", false,
                TicketStatus.DRAFT.label() + " → " + TicketStatus.OPEN.label());
        events.publishEvent(new TicketChanged(r.getTenantId(), r.getId(), r.getReference(), r.getSubject(),
                r.getRequesterEmail(), CurrentScope.actor(), "Ticket submitted: " + r.getSubject(), TicketStatus.OPEN,
                false, List.of()));
    }

}
