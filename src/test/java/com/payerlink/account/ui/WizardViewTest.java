package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.ui.wizard.AccountStep;
import com.payerlink.account.ui.wizard.BillingAccessStep;
import com.payerlink.account.ui.wizard.CloudFormationStep;
import com.payerlink.account.ui.wizard.CostReportStep;
import com.payerlink.account.ui.wizard.PartitionStep;
import com.payerlink.account.ui.wizard.RoleArnStep;
import com.payerlink.account.ui.wizard.StepIndicator;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WizardViewTest extends KaribuTest {

    @Autowired
    AccountService accountService;

    @Test
    void saves_each_step_and_resumes_where_it_was_left() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        CustomerAccount account = newAccount(t, "Acme Retail");
        login(operator.email());

        open(account);
        assertThat(_get(StepIndicator.class).button(1).getElement().getAttribute("aria-current")).isEqualTo("step");
        _get(PartitionStep.class).partition.setValue(Partition.AWS);
        next().click();
        _get(AccountStep.class).name.setValue("Acme Retail Europe");
        _get(AccountStep.class).contactEmails.setValue("finops@acme.example, cto@acme.example");
        next().click();
        _get(BillingAccessStep.class).confirmed.setValue(true);
        next().click();

        open(account);
        assertThat(_get(StepIndicator.class).button(4).getElement().getAttribute("aria-current")).isEqualTo("step");
        CustomerAccount saved = accountService.get(account.id());
        assertThat(saved.name()).isEqualTo("Acme Retail Europe");
        assertThat(saved.contactEmails()).containsExactly("finops@acme.example", "cto@acme.example");
        assertThat(saved.wizardStep()).isEqualTo(4);
        assertThat(saved.state()).isEqualTo(AccountState.IN_PROGRESS);
        assertThat(accountService.history(account.id())).extracting(h -> h.step()).contains(1, 2, 3);
    }

    @Test
    void back_keeps_what_was_typed_and_a_rejected_step_keeps_it_too() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Beta Foods");
        login(adminEmail(t));
        WizardView wizard = open(account);
        wizard.show(4);

        _get(CostReportStep.class).bucket.setValue("Beta_Foods_CUR");
        _get(CostReportStep.class).reportName.setValue("hourly-report");
        next().click();

        assertThat(_get(CostReportStep.class).bucket.isInvalid()).isTrue();
        assertThat(_get(CostReportStep.class).bucket.getErrorMessage()).contains("'_'");
        assertThat(_get(CostReportStep.class).reportName.getValue()).isEqualTo("hourly-report");

        back().click();
        wizard.show(4);
        assertThat(_get(CostReportStep.class).bucket.getValue()).isEqualTo("Beta_Foods_CUR");
    }

    @Test
    void refuses_an_opt_in_region_with_the_reason() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Gamma Media");
        login(adminEmail(t));
        WizardView wizard = open(account);
        wizard.show(4);

        _get(CostReportStep.class).bucket.setValue("gamma-cur");
        _get(CostReportStep.class).bucketRegion.setValue("ap-east-1");
        next().click();

        assertThat(_get(CostReportStep.class).bucketRegion.isInvalid()).isTrue();
        assertThat(_get(CostReportStep.class).bucketRegion.getErrorMessage()).contains("opt-in");
    }

    @Test
    void role_arn_of_another_account_is_refused_and_the_org_admin_registers_a_matching_one() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Delta Air");
        login(adminEmail(t));
        open(account);
        walkToRoleArn();

        // an org admin's one action at the last step: "Save and register"
        _assertNone(Button.class, spec -> spec.withId("wizard-next"));
        _get(RoleArnStep.class).roleArns.setValue("arn:aws:iam::999999999999:role/PayerlinkRole");
        _get(RoleArnStep.class).register.click();
        assertThat(_get(RoleArnStep.class).roleArns.isInvalid()).isTrue();
        assertThat(_get(RoleArnStep.class).roleArns.getErrorMessage()).contains("999999999999");

        _get(RoleArnStep.class).roleArns.setValue("arn:aws:iam::" + account.accountId().value() + ":role/PayerlinkRole");
        _get(RoleArnStep.class).register.click();

        CustomerAccount registered = accountService.get(account.id());
        // verification against AWS starts right after the registration commits
        assertThat(registered.state()).isIn(AccountState.AWAITING_VERIFICATION, AccountState.VERIFYING,
                AccountState.VERIFICATION_FAILED);
        assertThat(registered.registeredBy()).isEqualTo(adminEmail(t));
        assertThat(_get(RoleArnStep.class).roleArns.isReadOnly()).isTrue();
    }

    @Test
    void operators_cannot_register_and_viewers_cannot_change_anything() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Epsilon Bank");
        UserAccount operator = newUser(t, Role.OPERATOR);
        UserAccount viewer = newUser(t, Role.VIEWER);

        login(operator.email());
        open(account).show(6);
        _assertNone(Button.class, spec -> spec.withText("Register connection"));
        logout();

        login(viewer.email());
        WizardView asViewer = open(account);
        assertThat(_get(PartitionStep.class).partition.isReadOnly()).isTrue();
        // a draft at step 1: nothing ticked, nothing further to open
        assertThat(_get(StepIndicator.class).button(1).getIcon()).isNull();
        assertThat(_get(StepIndicator.class).button(2).isEnabled()).isFalse();
        _assertNone(Button.class, spec -> spec.withId("wizard-next"));
        asViewer.show(2);
        assertThat(_get(AccountStep.class).name.isReadOnly()).isTrue();
        assertThat(accountService.get(account.id()).version()).isEqualTo(account.version());
    }

    @Test
    void an_account_of_another_tenant_is_not_found() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        CustomerAccount theirs = newAccount(other, "Zeta Secret");
        login(adminEmail(mine));

        UI.getCurrent().navigate("accounts/" + theirs.id());
        WizardView view = (WizardView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);

        assertThat(view.getElement().getTextRecursively()).contains("Account not found").doesNotContain("Zeta");
    }

    @Test
    void the_second_of_two_concurrent_saves_is_told_and_sees_the_fresh_values() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Eta Shipping");
        login(adminEmail(t));
        WizardView first = open(account);
        first.show(2);
        // someone else saves step 2 meanwhile
        as(t, Role.OPERATOR, () -> accountService.saveDetails(account.id(),
                account.version(), new AccountDetails(account.accountId().value(), "Eta Shipping (renamed)",
                        ConnectionMethod.MSP_SINGLE, "")));

        _get(AccountStep.class).name.setValue("Eta Shipping Ltd");
        next().click();

        assertThat(accountService.get(account.id()).name()).isEqualTo("Eta Shipping (renamed)");
        assertThat(_get(AccountStep.class).name.getValue()).isEqualTo("Eta Shipping (renamed)");
    }

    private static void walkToRoleArn() {
        next().click();
        next().click();
        _get(BillingAccessStep.class).confirmed.setValue(true);
        next().click();
        _get(CostReportStep.class).bucket.setValue("delta-cur-bucket");
        _get(CostReportStep.class).settingsConfirmed.setValue(true);
        next().click();
        assertThat(_get(CloudFormationStep.class).template.getText()).contains("sts:ExternalId");
        next().click();
    }

    private static Button next() {
        return _get(Button.class, spec -> spec.withId("wizard-next"));
    }

    private static Button back() {
        return _get(Button.class, spec -> spec.withId("wizard-back"));
    }

    private WizardView open(CustomerAccount account) {
        UI.getCurrent().navigate("accounts/" + account.id());
        return (WizardView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private CustomerAccount newAccount(Tenant t, String name) {
        String id = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        return as(t, Role.OPERATOR, () -> accountService.create(Partition.AWS, new AccountDetails(id, name, ConnectionMethod.MSP_SINGLE, "")));
    }

}
