package com.payerlink.account.ui;

import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.wizard.AccountStep;
import com.payerlink.account.ui.wizard.CloudFormationStep;
import com.payerlink.account.ui.wizard.CostReportStep;
import com.payerlink.account.ui.wizard.StepIndicator;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.support.domain.TicketService;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The account page: summary card, repair of a failed connection, disconnect and reconnect, tickets, step texts. */
class AccountPageTest extends KaribuTest {

    @Autowired
    AccountService accountService;

    @Autowired
    TicketService ticketService;

    @Test
    void a_registered_account_shows_its_state_since_when_and_an_org_admin_disconnects_and_reconnects_it() {
        Tenant t = newTenant();
        CustomerAccount ready = ready(t, "828282828282", "Bluth Company");
        login(adminEmail(t));
        open(ready);

        AccountSummaryCard card = _get(AccountSummaryCard.class);
        assertThat(card.getElement().getTextRecursively()).contains("State:", "Ready");
        assertThat(_get(card, Span.class, spec -> spec.withId("state-since")).getText()).startsWith("since ");
        assertThat(_get(StepIndicator.class).button(6).getIcon()).isNotNull();
        _assertNone(Button.class, spec -> spec.withId("reconnect"));

        _get(Button.class, spec -> spec.withId("disconnect")).click();
        DisconnectDialog dialog = _get(DisconnectDialog.class);
        dialog.save.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).contains("Say why");
        dialog.reason.setValue("Customer moved to another MSP");
        dialog.save.click();

        assertThat(TestAccounts.get(accountService, t, ready.id()).state()).isEqualTo(AccountState.DISCONNECTED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("disconnected-note")).getText())
            .contains("Customer moved to another MSP", "Reconnect");
        _assertNone(Button.class, spec -> spec.withId("disconnect"));

        _get(Button.class, spec -> spec.withId("reconnect")).click();
        CustomerAccount back = TestAccounts.get(accountService, t, ready.id());
        assertThat(back.state()).isEqualTo(AccountState.IN_PROGRESS);
        // the wizard goes on at the stack, with the new ExternalId
        assertThat(_get(CloudFormationStep.class).externalId.getText()).isEqualTo(back.externalId().value())
            .isNotEqualTo(ready.externalId().value());
        assertThat(_get(Button.class, spec -> spec.withId("wizard-next")).getText()).isEqualTo("The stack is CREATE_COMPLETE");
    }

    @Test
    void operators_reconnect_but_never_disconnect_and_viewers_do_neither() {
        Tenant t = newTenant();
        CustomerAccount ready = ready(t, "838383838383", "Dunder Mifflin");
        login(newUser(t, Role.OPERATOR).email());
        open(ready);
        _assertNone(Button.class, spec -> spec.withId("disconnect"));
        logout();

        TestAccounts.forceState(ready.id(), AccountState.DISCONNECTED);
        login(newUser(t, Role.VIEWER).email());
        open(ready);
        _assertNone(Button.class, spec -> spec.withId("reconnect"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("disconnected-note")).getText()).contains("Reconnect");
        logout();

        login(newUser(t, Role.OPERATOR).email());
        open(ready);
        assertThat(_get(Button.class, spec -> spec.withId("reconnect")).isVisible()).isTrue();
    }

    @Test
    void a_failed_connection_opens_editable_and_save_and_verify_again_queues_a_verification() {
        Tenant t = newTenant();
        // the verification that registration starts is over before the test decides how it came out
        CustomerAccount registered = TestAccounts.registerAndSettle(accountService, t,
                TestAccounts.create(accountService, t, "848484848484", "Sterling Cooper", ConnectionMethod.MSP_SINGLE, ""));
        TestAccounts.forceState(registered.id(), AccountState.VERIFICATION_FAILED);
        login(newUser(t, Role.OPERATOR).email());
        WizardView view = open(registered);

        view.show(2);
        assertThat(_get(AccountStep.class).name.isReadOnly()).isFalse();
        // its AWS account is fixed once registered
        assertThat(_get(AccountStep.class).accountId.isReadOnly()).isTrue();
        Button next = _get(Button.class, spec -> spec.withId("wizard-next"));
        assertThat(next.getText()).isEqualTo("Save and verify again");
        _get(AccountStep.class).name.setValue("Sterling Cooper Draper Pryce");
        next.click();

        CustomerAccount after = TestAccounts.get(accountService, t, registered.id());
        assertThat(after.name()).isEqualTo("Sterling Cooper Draper Pryce");
        assertThat(after.state()).isIn(AccountState.VERIFYING, AccountState.VERIFICATION_FAILED, AccountState.PROCESSING);
        assertThat(as(t, Role.VIEWER, () -> accountService.history(after.id()))).extracting(h -> h.detail())
            .anyMatch(d -> d.contains("Verification against AWS queued"));
    }

    @Test
    void an_account_awaiting_support_links_its_ticket_and_warns_while_it_is_a_draft_or_missing() {
        Tenant t = newTenant();
        CustomerAccount waiting = TestAccounts.registerAndSettle(accountService, t,
                TestAccounts.create(accountService, t, "858585858585", "Vance Refrigeration", ConnectionMethod.MSP_MULTIPLE, ""));
        TestAccounts.forceState(waiting.id(), AccountState.AWAITING_SUPPORT);
        login(newUser(t, Role.OPERATOR).email());

        open(waiting);
        // a draft ticket for it may already be on its way (a durable task after registration): say what to do either way
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("ticket-warning")).getText())
            .containsAnyOf("No support ticket lists Vance Refrigeration", "is not submitted yet");

        var draft = as(t, Role.OPERATOR, () -> ticketService.draft(List.of(waiting.id())));
        open(waiting);
        Anchor link = _get(Anchor.class, spec -> spec.withText(draft.reference() + " · " + draft.subject()));
        assertThat(link.getHref()).isEqualTo("tickets/" + draft.id());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("ticket-warning")).getText())
            .contains("is not submitted yet");
    }

    @Test
    void step_4_has_one_confirmation_and_describes_data_exports_and_the_template_copy_confirms() {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accountService, t, "868686868686", "Prestige Worldwide",
                ConnectionMethod.MSP_SINGLE, "");
        login(adminEmail(t));
        WizardView view = open(a);
        view.show(4);

        CostReportStep step = _get(CostReportStep.class);
        assertThat(step.getElement().getTextRecursively()).contains("Data Exports", "Legacy CUR export", "CUR 2.0",
                "Time granularity: Hourly");
        assertThat(step.settingsConfirmed.getLabel()).isEqualTo("My report has these settings");

        CloudFormationStep stack = new CloudFormationStep();
        UI.getCurrent().add(stack);
        stack.copyTemplate.click();
        assertThat(stack.copyTemplate.getText()).isEqualTo("Copied");
        assertThat(stack.copyTemplate.getIcon()).isInstanceOf(Icon.class);
    }

    private CustomerAccount ready(Tenant t, String awsId, String name) {
        CustomerAccount a = TestAccounts.registerAndSettle(accountService, t,
                TestAccounts.create(accountService, t, awsId, name, ConnectionMethod.MSP_SINGLE, ""));
        TestAccounts.forceState(a.id(), AccountState.READY);
        return TestAccounts.get(accountService, t, a.id());
    }

    private WizardView open(CustomerAccount account) {
        UI.getCurrent().navigate("accounts/" + account.id());
        return (WizardView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
