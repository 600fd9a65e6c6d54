package com.payerlink.notification.ui;

import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.invitation.domain.InvitationOutcome;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Mail honesty without a mail server (this context has none): nothing claims "sent", the outbox says why. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountService accounts;

    @Test
    void without_a_mail_server_invitations_are_created_not_sent_and_the_outbox_warns_that_nothing_can_be_sent() {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accounts, t, "100000000021", "Fabrikam", ConnectionMethod.MSP_LIMITED, "it@fabrikam.test");

        InvitationOutcome outcome = as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));

        assertThat(outcome.message()).isEqualTo("Created 1 invitation. None is e-mailed: the portal has no mail server.")
            .doesNotContain("Sent").doesNotContain("Queued");
        login(adminEmail(t));
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("outbox-warning")).getText())
            .startsWith("Nothing can be sent: the portal has no mail server configured")
            .contains("spring.mail.host");
    }

}
