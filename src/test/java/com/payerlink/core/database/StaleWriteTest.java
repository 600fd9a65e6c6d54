package com.payerlink.core.database;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.security.Role;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketService;
import com.payerlink.support.domain.TicketStatus;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.tenant.domain.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every entity with a version column: a write based on a version someone else has moved past is
 * refused with {@link ConcurrentChangeException} and leaves the row (and what the write would have
 * added beside it) as the other writer left it. The tenant has a version column but no write path yet.
 */
class StaleWriteTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TicketService tickets;

    @Autowired
    UserService users;

    @Test
    void a_stale_wizard_save_of_an_account_is_refused_and_changes_nothing() {
        Tenant t = newTenant();
        CustomerAccount seen = TestAccounts.create(accounts, t, "123456789012", "Acme", ConnectionMethod.MSP_SINGLE, "");
        CustomerAccount fresh = as(t, Role.OPERATOR, () -> accounts.saveDetails(seen.id(), seen.version(),
                new AccountDetails("123456789012", "Acme (first writer)", ConnectionMethod.MSP_SINGLE, "")));
        int historyBefore = as(t, Role.VIEWER, () -> accounts.history(seen.id())).size();

        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> accounts.saveDetails(seen.id(), seen.version(),
                new AccountDetails("123456789012", "Acme (second writer)", ConnectionMethod.MSP_MULTIPLE, ""))))
            .isInstanceOf(ConcurrentChangeException.class)
            .hasMessageContaining("was changed by someone else meanwhile");

        CustomerAccount after = TestAccounts.get(accounts, t, seen.id());
        assertThat(after.name()).isEqualTo("Acme (first writer)");
        assertThat(after.method()).isEqualTo(ConnectionMethod.MSP_SINGLE);
        assertThat(after.version()).isEqualTo(fresh.version()).isEqualTo(seen.version() + 1);
        assertThat(as(t, Role.VIEWER, () -> accounts.history(seen.id()))).hasSize(historyBefore);
    }

    @Test
    void a_stale_registration_of_an_account_is_refused_and_changes_nothing() {
        Tenant t = newTenant();
        CustomerAccount done = TestAccounts.complete(accounts, t,
                TestAccounts.create(accounts, t, "210987654321", "Globex", ConnectionMethod.MSP_SINGLE, ""));
        CustomerAccount fresh = as(t, Role.OPERATOR,
                () -> accounts.confirmStackCreated(done.id(), done.version()));

        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> accounts.register(done.id(), done.version())))
            .isInstanceOf(ConcurrentChangeException.class);

        CustomerAccount after = TestAccounts.get(accounts, t, done.id());
        assertThat(after.state()).isEqualTo(fresh.state());
        assertThat(after.version()).isEqualTo(fresh.version());
    }

    @Test
    void a_stale_draft_save_of_a_ticket_is_refused_and_changes_nothing() {
        Tenant t = newTenant();
        Ticket seen = signedInAs(adminEmail(t), () -> tickets.draft(List.of(
                TestAccounts.create(accounts, t, "111122223333", "Initech", ConnectionMethod.MSP_MULTIPLE, "").id())));
        Ticket fresh = signedInAs(adminEmail(t), () -> tickets.saveDraft(seen.id(), seen.version(),
                new TicketForm("First writer", "", TicketPriority.HIGH)));

        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> tickets.saveDraft(seen.id(), seen.version(),
                new TicketForm("Second writer", "", TicketPriority.LOW))))
            .isInstanceOf(ConcurrentChangeException.class)
            .hasMessageContaining(seen.reference());
        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> {
            tickets.discard(seen.id(), seen.version());
            return null;
        })).isInstanceOf(ConcurrentChangeException.class);

        Ticket after = signedInAs(adminEmail(t), () -> tickets.get(seen.id()));
        assertThat(after.subject()).isEqualTo("First writer");
        assertThat(after.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(after.version()).isEqualTo(fresh.version()).isEqualTo(seen.version() + 1);
    }

    @Test
    void a_stale_status_change_of_a_ticket_is_refused_and_adds_no_comment() {
        Tenant t = newTenant();
        UserAccount agent = newSupportAgent();
        Ticket seen = signedInAs(adminEmail(t), () -> tickets.create(new TicketForm("Help", "", TicketPriority.NORMAL),
                List.of()));
        Ticket fresh = signedInAs(agent.email(), () -> tickets.changeStatus(seen.id(), seen.version(),
                TicketStatus.IN_PROGRESS));

        assertThatThrownBy(() -> signedInAs(agent.email(), () -> tickets.changeStatus(seen.id(), seen.version(),
                TicketStatus.WAITING_ON_CUSTOMER)))
            .isInstanceOf(ConcurrentChangeException.class);

        Ticket after = signedInAs(agent.email(), () -> tickets.get(seen.id()));
        assertThat(after.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(after.version()).isEqualTo(fresh.version());
        assertThat(after.comments()).hasSameSizeAs(fresh.comments());
    }

    @Test
    void a_stale_role_change_of_a_user_is_refused_and_changes_nothing() {
        Tenant t = newTenant();
        UserAccount seen = newUser(t, Role.VIEWER);
        UserAccount fresh = signedInAs(adminEmail(t), () -> users.changeRole(seen.id(), seen.version(), Role.OPERATOR));

        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> users.changeRole(seen.id(), seen.version(),
                Role.ORG_ADMIN)))
            .isInstanceOf(ConcurrentChangeException.class)
            .hasMessageContaining(seen.email());
        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> users.setEnabled(seen.id(), seen.version(), false)))
            .isInstanceOf(ConcurrentChangeException.class);

        UserAccount after = signedInAs(adminEmail(t), () -> users.usersOfMyTenant()).stream()
            .filter(u -> u.id().equals(seen.id())).findFirst().orElseThrow();
        assertThat(after.role()).isEqualTo(Role.OPERATOR);
        assertThat(after.enabled()).isTrue();
        assertThat(after.version()).isEqualTo(fresh.version()).isEqualTo(seen.version() + 1);
    }

}
