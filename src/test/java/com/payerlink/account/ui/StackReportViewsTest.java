package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.ConnectionSettingsService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.ui.wizard.CloudFormationStep;
import com.payerlink.account.ui.wizard.RoleArnStep;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's StackSet instructions for management accounts, step 6 before a report, and the tenant's setting. */
class StackReportViewsTest extends KaribuTest {

    @Autowired
    AccountService accountService;

    @Autowired
    ConnectionSettingsService connectionSettings;

    private CustomerAccount account(Tenant t, ConnectionMethod method) {
        String id = String.format("2%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        return as(t, Role.OPERATOR, () -> accountService.create(Partition.AWS, new AccountDetails(id, "Org " + id, method,
                "")));
    }

    private WizardView open(CustomerAccount account) {
        UI.getCurrent().navigate("accounts/" + account.id());
        return (WizardView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void a_management_account_gets_the_stackset_console_link_and_cli_command() {
        Tenant t = newTenant();
        CustomerAccount management = account(t, ConnectionMethod.DIRECT_MANAGEMENT);
        login(adminEmail(t));
        open(management).show(5);

        CloudFormationStep step = _get(CloudFormationStep.class);
        assertThat(step.stackSet.isVisible()).isTrue();
        assertThat(step.stackSet.console.getHref()).startsWith("https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/create");
        assertThat(step.stackSet.command.getText()).contains("aws cloudformation create-stack-set")
            .contains("--permission-model SERVICE_MANAGED").contains("--auto-deployment Enabled=true")
            .contains("ParameterKey=ExternalId,ParameterValue=" + management.externalId().value())
            .contains("ParameterKey=CallbackSecret,ParameterValue=plcb_")
            .contains("create-stack-instances").contains("OrganizationalUnitIds=");

        CustomerAccount single = account(t, ConnectionMethod.MSP_SINGLE);
        open(single).show(5);
        assertThat(_get(CloudFormationStep.class).stackSet.isVisible()).isFalse();
    }

    @Test
    void before_its_stack_reports_step_6_asks_for_the_role_arn() {
        Tenant t = newTenant();
        login(adminEmail(t));
        open(account(t, ConnectionMethod.MSP_SINGLE)).show(6);

        assertThat(_get(RoleArnStep.class).status.getText()).contains("The stack reported nothing")
            .contains("paste the role ARN");
    }

    @Test
    void an_org_admin_turns_automatic_registration_off_and_on() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(ConnectionSettingsView.class);
        ConnectionSettingsView view = _get(ConnectionSettingsView.class);
        assertThat(view.registerOnStackReport.getValue()).isTrue();

        _setValue(view.registerOnStackReport, false);
        assertThat(as(t, Role.VIEWER, () -> connectionSettings.registerOnStackReport())).isFalse();

        _setValue(view.registerOnStackReport, true);
        assertThat(as(t, Role.VIEWER, () -> connectionSettings.registerOnStackReport())).isTrue();
    }

}
