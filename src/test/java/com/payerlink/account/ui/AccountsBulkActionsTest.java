package com.payerlink.account.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.notification.domain.OutboxMessage;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.OutboxStatus;
import com.payerlink.notification.ui.OutboxView;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketService;
import com.payerlink.support.domain.TicketStatus;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The bulk actions other features put on the accounts grid: invitations and tickets. */
class AccountsBulkActionsTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TicketService tickets;

    @Test
    void an_operator_invites_three_limited_accounts_the_grid_shows_them_pending_and_the_admin_sees_three_queued_mails() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        for (int i = 1; i <= 3; i++) {
            TestAccounts.create(accounts, t, "10000000000" + i, "Limited " + i, ConnectionMethod.MSP_LIMITED,
                    "owner" + i + "@limited.test");
        }
        TestAccounts.create(accounts, t, "200000000000", "Not invited", ConnectionMethod.MSP_SINGLE, "x@single.test");
        login(operator.email());
        AccountsView view = openAccounts();
        _findAll(view.grid).stream().filter(a -> a.method() == ConnectionMethod.MSP_LIMITED).forEach(view.grid::select);

        _get(view.bulkBar, Button.class, spec -> spec.withText("Send invitations")).click();

        assertThat(invitationBadges(view)).containsExactly("Invitation pending", "Invitation pending",
                "Invitation pending", "");
        logout();
        login(adminEmail(t));
        UI.getCurrent().navigate(OutboxView.class);
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> outbox = _get(Grid.class);
        assertThat(_findAll(outbox)).hasSize(3).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(OutboxStatus.QUEUED);
            assertThat(m.kind()).isEqualTo("INVITATION");
            assertThat(m.textBody()).contains("/invite/");
        }).extracting(OutboxMessage::recipient)
            .containsExactlyInAnyOrder("owner1@limited.test", "owner2@limited.test", "owner3@limited.test");
    }

    @Test
    void viewers_get_no_invitation_or_ticket_buttons() {
        Tenant t = newTenant();
        TestAccounts.create(accounts, t, "300000000000", "Any", ConnectionMethod.MSP_LIMITED, "");
        login(newUser(t, Role.VIEWER).email());

        AccountsView view = openAccounts();

        assertThat(_find(view.bulkBar, Button.class, spec -> spec.withText("Send invitations"))).isEmpty();
        assertThat(_find(view.bulkBar, Button.class, spec -> spec.withText("Open ticket"))).isEmpty();
    }

    @Test
    void open_ticket_on_a_selection_drafts_it_and_opens_it_for_the_operator_to_submit() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        CustomerAccount one = TestAccounts.create(accounts, t, "111111111111", "Reseller One", ConnectionMethod.MSP_MULTIPLE, "");
        CustomerAccount two = TestAccounts.create(accounts, t, "222222222222", "Reseller Two", ConnectionMethod.MSP_MULTIPLE, "");
        login(operator.email());
        AccountsView view = openAccounts();
        _findAll(view.grid).forEach(view.grid::select);

        _get(view.bulkBar, Button.class, spec -> spec.withText("Open ticket")).click();

        String path = NavigatorKt.getCurrentPath();
        assertThat(path).startsWith("tickets/");
        Ticket draft = tickets.get(UUID.fromString(path.substring("tickets/".length())));
        assertThat(draft.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(draft.accounts()).extracting(a -> a.accountId()).containsExactly(one.id(), two.id());
    }

    private static java.util.List<String> invitationBadges(AccountsView view) {
        Grid.Column<AccountSummary> column = view.grid.getColumns().stream()
            .filter(c -> "Invitation".equals(c.getHeaderText())).findFirst().orElseThrow();
        java.util.List<String> badges = new java.util.ArrayList<>();
        for (int row = 0; row < _findAll(view.grid).size(); row++) {
            badges.add(_getFormatted(view.grid, row, column.getKey()));
        }
        return badges;
    }

    private static AccountsView openAccounts() {
        UI.getCurrent().navigate(AccountsView.class);
        return (AccountsView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
