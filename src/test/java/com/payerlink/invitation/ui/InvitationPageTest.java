package com.payerlink.invitation.ui;

import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.account.ui.wizard.RoleArnStep;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The end customer's page, without signing in. */
class InvitationPageTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    OutboxService outbox;

    @Test
    void an_unknown_link_gets_a_friendly_page_and_nothing_of_the_portal() {
        InvitationPage page = open("invite/" + "A".repeat(43));

        assertThat(_get(H2.class).getText()).isEqualTo("This invitation link cannot be used");
        assertThat(page.getElement().getTextRecursively()).contains("ask your service provider for a new invitation");
        _assertNone(RoleArnStep.class);
    }

    @Test
    void the_customer_sees_only_the_invited_account_and_a_wrong_role_arn_is_explained_on_its_field() {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accounts, t, "123123123123", "Contoso Retail", ConnectionMethod.MSP_LIMITED,
                "cloud@contoso-retail.test");
        TestAccounts.create(accounts, t, "456456456456", "Someone Else", ConnectionMethod.MSP_LIMITED, "x@else.test");
        String token = invite(t, a);

        InvitationPage page = open("invite/" + token);
        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("Contoso Retail").contains("123123123123").contains(t.name())
            .doesNotContain("Someone Else").doesNotContain("456456456456");

        roleArns().setValue("arn:aws:iam::456456456456:role/PayerlinkRole");
        saveRoleArn().click();
        assertThat(roleArns().isInvalid()).isTrue();
        assertThat(roleArns().getValue()).isEqualTo("arn:aws:iam::456456456456:role/PayerlinkRole");

        roleArns().setValue("arn:aws:iam::123123123123:role/PayerlinkRole");
        saveRoleArn().click();
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-done")).getText()).startsWith("Your part is done");
        List<HistoryEntry> history = as(t, Role.VIEWER, () -> accounts.history(a.id()));
        assertThat(history.get(0).actor()).isEqualTo(InvitationService.CUSTOMER_ACTOR);
        assertThat(TestAccounts.get(accounts, t, a.id()).roleArns()).extracting(RoleArn::value).containsExactly("arn:aws:iam::123123123123:role/PayerlinkRole");
    }

    @Test
    void a_revoked_link_says_so_and_who_to_ask() {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accounts, t, "789789789789", "Revoked Co", ConnectionMethod.MSP_LIMITED,
                "r@revoked.test");
        String token = invite(t, a);
        as(t, Role.OPERATOR, () -> {
            invitations.revoke(a.id());
            return null;
        });

        InvitationPage page = open("invite/" + token);

        assertThat(_get(H2.class).getText()).isEqualTo("This invitation no longer works");
        assertThat(page.getElement().getTextRecursively()).contains(t.name());
    }

    private String invite(Tenant t, CustomerAccount a) {
        // no mail server in this test: the new link is handed out once, to copy (the outbox keeps it encrypted)
        String body = as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id()))).toCopy().get(0).link();
        Matcher m = Pattern.compile("/invite/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static TextArea roleArns() {
        return _get(TextArea.class, spec -> spec.withLabel("Role ARN(s)"));
    }

    private static Button saveRoleArn() {
        return _get(Button.class, spec -> spec.withText("Save role ARN"));
    }

    private static InvitationPage open(String path) {
        UI.getCurrent().navigate(path);
        return (InvitationPage) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
