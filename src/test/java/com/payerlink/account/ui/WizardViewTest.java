package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.ThreadLocalRandom;

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

        WizardView wizard = open(account);
        assertThat(wizard.indicator.button(1).getElement().getAttribute("aria-current")).isEqualTo("step");
        wizard.partitionStep.partition.setValue(Partition.AWS);
        wizard.next.click();
        wizard.accountStep.name.setValue("Acme Retail Europe");
        wizard.accountStep.contactEmails.setValue("finops@acme.example, cto@acme.example");
        wizard.next.click();
        wizard.billingStep.confirmed.setValue(true);
        wizard.next.click();

        WizardView reopened = open(account);
        assertThat(reopened.indicator.button(4).getElement().getAttribute("aria-current")).isEqualTo("step");
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

        wizard.costReportStep.bucket.setValue("Beta_Foods_CUR");
        wizard.costReportStep.reportName.setValue("hourly-report");
        wizard.next.click();

        assertThat(wizard.costReportStep.bucket.isInvalid()).isTrue();
        assertThat(wizard.costReportStep.bucket.getErrorMessage()).contains("'_'");
        assertThat(wizard.costReportStep.reportName.getValue()).isEqualTo("hourly-report");

        wizard.back.click();
        wizard.show(4);
        assertThat(wizard.costReportStep.bucket.getValue()).isEqualTo("Beta_Foods_CUR");
    }

    @Test
    void refuses_an_opt_in_region_with_the_reason() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Gamma Media");
        login(adminEmail(t));
        WizardView wizard = open(account);
        wizard.show(4);

        wizard.costReportStep.bucket.setValue("gamma-cur");
        wizard.costReportStep.bucketRegion.setValue("ap-east-1");
        wizard.next.click();

        assertThat(wizard.costReportStep.bucketRegion.isInvalid()).isTrue();
        assertThat(wizard.costReportStep.bucketRegion.getErrorMessage()).contains("opt-in");
    }

    @Test
    void role_arn_of_another_account_is_refused_and_the_org_admin_registers_a_matching_one() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Delta Air");
        login(adminEmail(t));
        WizardView wizard = open(account);
        walkToRoleArn(wizard);

        wizard.roleArnStep.roleArns.setValue("arn:aws:iam::999999999999:role/PayerlinkRole");
        wizard.next.click();
        assertThat(wizard.roleArnStep.roleArns.isInvalid()).isTrue();
        assertThat(wizard.roleArnStep.roleArns.getErrorMessage()).contains("999999999999");

        wizard.roleArnStep.roleArns.setValue("arn:aws:iam::" + account.accountId().value() + ":role/PayerlinkRole");
        wizard.roleArnStep.register.click();

        CustomerAccount registered = accountService.get(account.id());
        // verification against AWS starts right after the registration commits
        assertThat(registered.state()).isIn(AccountState.AWAITING_VERIFICATION, AccountState.VERIFYING,
                AccountState.VERIFICATION_FAILED);
        assertThat(registered.registeredBy()).isEqualTo(adminEmail(t));
        assertThat(wizard.roleArnStep.roleArns.isReadOnly()).isTrue();
    }

    @Test
    void operators_cannot_register_and_viewers_cannot_change_anything() {
        Tenant t = newTenant();
        CustomerAccount account = newAccount(t, "Epsilon Bank");
        UserAccount operator = newUser(t, Role.OPERATOR);
        UserAccount viewer = newUser(t, Role.VIEWER);

        login(operator.email());
        WizardView asOperator = open(account);
        assertThat(asOperator.roleArnStep.register.isVisible()).isFalse();
        logout();

        login(viewer.email());
        WizardView asViewer = open(account);
        assertThat(asViewer.partitionStep.partition.isReadOnly()).isTrue();
        asViewer.show(2);
        assertThat(asViewer.accountStep.name.isReadOnly()).isTrue();
        asViewer.next.click();
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

        first.accountStep.name.setValue("Eta Shipping Ltd");
        first.next.click();

        assertThat(accountService.get(account.id()).name()).isEqualTo("Eta Shipping (renamed)");
        assertThat(first.accountStep.name.getValue()).isEqualTo("Eta Shipping (renamed)");
    }

    private void walkToRoleArn(WizardView wizard) {
        wizard.next.click();
        wizard.next.click();
        wizard.billingStep.confirmed.setValue(true);
        wizard.next.click();
        wizard.costReportStep.bucket.setValue("delta-cur-bucket");
        wizard.costReportStep.hourly.setValue(true);
        wizard.costReportStep.resourceIds.setValue(true);
        wizard.costReportStep.dataRefresh.setValue(true);
        wizard.costReportStep.athena.setValue(true);
        wizard.next.click();
        assertThat(wizard.cloudFormationStep.template.getText()).contains("sts:ExternalId");
        wizard.next.click();
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
