package com.payerlink.support.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountId;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The support agents' queue: who works a ticket (assign to me, to another agent, or to nobody), and the
 * accounts an agent links to a ticket by their AWS account IDs (agents cannot browse a tenant's accounts).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TicketAssignments {

    private final TicketDAO ticketDAO;

    private final TicketService ticketService;

    /** The enabled support agents, to pick an assignee from. */
    @Transactional(readOnly = true)
    public List<SupportAgent> agents() {
        CurrentScope.requireRole(Role.SUPPORT_AGENT);
        return ticketDAO.supportAgents();
    }

    /** Assigns the ticket to the signed-in agent. */
    @Transactional
    public Ticket assignToMe(UUID ticketId) {
        DatabaseScope scope = CurrentScope.requireRole(Role.SUPPORT_AGENT);
        return assign(ticketId, Objects.requireNonNull(scope.userId(), "an agent signed in"));
    }

    /** Assigns the ticket to the agent, or with null to nobody. */
    @Transactional
    public Ticket assign(UUID ticketId, @Nullable UUID agentId) {
        CurrentScope.requireRole(Role.SUPPORT_AGENT);
        String email = null;
        if (agentId != null) {
            email = ticketDAO.supportAgents().stream().filter(a -> a.id().equals(agentId)).findFirst()
                .map(SupportAgent::email)
                .orElseThrow(() -> new InvalidInputException("assignee",
                        "That user is not an enabled support agent. Pick one from the list."));
        }
        if (!ticketDAO.assign(ticketId, agentId, email, CurrentScope.actor())) {
            throw new TicketNotFoundException();
        }
        return ticketService.get(ticketId);
    }

    /**
     * Links the ticket's tenant's account with this AWS account ID to the ticket, as the agent.
     *
     * @throws InvalidInputException when the ID is not 12 digits, or the tenant has no such account
     */
    @Transactional
    public Ticket linkAccount(UUID ticketId, String awsAccountId) {
        CurrentScope.requireRole(Role.SUPPORT_AGENT);
        AccountId id = InvalidInputException.inField("account", () -> AccountId.parse(awsAccountId));
        Ticket ticket = ticketService.get(ticketId);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new InvalidInputException("account", "This ticket is closed; reopen it to link more accounts.");
        }
        if (ticketDAO.linkAccountAsAgent(ticketId, id.value()) == null) {
            throw new InvalidInputException("account", ticket.tenantName() + " has no account " + id.value()
                    + ". Check the 12-digit ID with the customer, or ask the MSP to add the account first.");
        }
        return ticketService.get(ticketId);
    }

}
