package com.payerlink.support.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.core.InvalidInputException;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agents' queue: assignees, "my tickets", and accounts linked by agents within the ticket's own tenant only. */
class TicketAssignmentsTest extends IntegrationTest {

    @Autowired
    TicketService tickets;

    @Autowired
    TicketAssignments assignments;

    @Autowired
    AccountService accounts;

    @Autowired
    com.payerlink.tenant.domain.UserService users;

    @Test
    void an_agent_takes_a_ticket_and_finds_it_under_my_tickets_and_hands_it_to_a_colleague() {
        Tenant t = newTenant();
        Ticket ticket = open(t);
        UserAccount me = newSupportAgent();
        UserAccount colleague = newSupportAgent();

        Ticket mine = signedInAs(me.email(), () -> assignments.assignToMe(ticket.id()));

        assertThat(mine.assigneeEmail()).isEqualTo(me.email());
        assertThat(signedInAs(me.email(), () -> tickets.page(new TicketQuery(null, null, null, me.id()), 0, 50)))
            .extracting(TicketSummary::id).containsExactly(ticket.id());
        assertThat(signedInAs(me.email(), () -> assignments.agents())).extracting(SupportAgent::email)
            .contains(me.email(), colleague.email());

        Ticket handed = signedInAs(me.email(), () -> assignments.assign(ticket.id(), colleague.id()));
        assertThat(handed.assigneeEmail()).isEqualTo(colleague.email());
        assertThat(signedInAs(me.email(), () -> tickets.count(new TicketQuery(null, null, null, me.id())))).isZero();
        assertThatThrownBy(() -> signedInAs(me.email(), () -> assignments.assign(ticket.id(), adminId(t))))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an enabled support agent");
    }

    @Test
    void an_agent_links_an_account_of_the_tickets_tenant_but_never_one_of_another_tenant() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        TestAccounts.create(accounts, t, "424255556666", "Woodgrove Bank", ConnectionMethod.MSP_LIMITED, "c@woodgrove.test");
        TestAccounts.create(accounts, other, "424277778888", "Other Tenant's Shop", ConnectionMethod.MSP_LIMITED, "c@o.test");
        Ticket ticket = open(t);
        UserAccount agent = newSupportAgent();

        Ticket linked = signedInAs(agent.email(), () -> assignments.linkAccount(ticket.id(), "424255556666"));

        assertThat(linked.accounts()).extracting(TicketAccount::awsAccountId).containsExactly("424255556666");
        assertThatThrownBy(() -> signedInAs(agent.email(), () -> assignments.linkAccount(ticket.id(), "424277778888")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no account 424277778888");
        assertThatThrownBy(() -> signedInAs(agent.email(), () -> assignments.linkAccount(ticket.id(), "12345")))
            .isInstanceOf(InvalidInputException.class);
        assertThat(signedInAs(agent.email(), () -> tickets.get(ticket.id())).accounts()).hasSize(1);
    }

    @Test
    void tenant_users_neither_assign_nor_link_as_agents() {
        Tenant t = newTenant();
        Ticket ticket = open(t);

        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> assignments.assignToMe(ticket.id())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> assignments.linkAccount(ticket.id(), "424255556666")))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> assignments.agents()))
            .isInstanceOf(AccessDeniedException.class);
    }

    private Ticket open(Tenant t) {
        return signedInAs(adminEmail(t), () -> tickets.create(new TicketForm("CUR missing", "", TicketPriority.NORMAL),
                List.of()));
    }

    private java.util.UUID adminId(Tenant t) {
        return signedInAs(adminEmail(t), () -> users.usersOfMyTenant()).stream()
            .filter(u -> u.email().equals(adminEmail(t))).findFirst().orElseThrow().id();
    }

}
