package com.payerlink.security;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.invitation.domain.InvitationSummary;
import com.payerlink.invitation.ui.InvitationsView;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threat: secrets at rest, seen from the Invitations view of a portal without a mail server: Resend shows the
 * new link to copy right then, and never again (the portal cannot, as it keeps only the link's hash).
 */
class InvitationCopyLinkViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;

    @Test
    void without_smtp_resend_shows_the_new_link_to_copy_once() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        CustomerAccount a = TestAccounts.create(accounts, t, "200000000005", "Copy me", ConnectionMethod.MSP_LIMITED,
                "it@copyme.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        login(operator.email());

        UI.getCurrent().navigate(InvitationsView.class);
        @SuppressWarnings("unchecked")
        Grid<InvitationSummary> grid = _get(Grid.class);
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid, 0, "actions");
        _get(actions, Button.class, spec -> spec.withText("Resend")).click();

        Dialog dialog = _get(Dialog.class);
        String link = _get(dialog, TextField.class, spec -> spec.withLabel("Copy me")).getValue();
        assertThat(link).contains("/invite/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(invitations.open(token).account().id()).as("the shown link works").isEqualTo(a.id());
        _get(dialog, Button.class, spec -> spec.withText("Done")).click();
        MockVaadin.clientRoundtrip();

        UI.getCurrent().navigate(InvitationsView.class);
        assertThat(_find(Dialog.class)).as("no way to see the link again").isEmpty();
    }

}
