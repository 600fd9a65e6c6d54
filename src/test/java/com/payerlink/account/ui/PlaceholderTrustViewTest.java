package com.payerlink.account.ui;

import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.wizard.CloudFormationStep;
import com.payerlink.core.security.Role;
import com.payerlink.core.PlatformNotices;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people see while the platform trust settings are the shipped placeholders (the threat is in
 * com.payerlink.security.PlaceholderTrustTest): the wizard and the platform admin name the settings to set.
 */
@TestPropertySource(properties = {
        "payerlink.cloudformation.platform-account-aws=111122223333",
        "payerlink.cloudformation.platform-account-aws-cn=444455556666",
        "payerlink.cloudformation.template-url-aws=https://payerlink-public.s3.amazonaws.com/cloudformation/payerlink-role.yaml",
        "payerlink.cloudformation.template-url-aws-cn=https://payerlink-public.s3.cn-northwest-1.amazonaws.com.cn/cloudformation/payerlink-role.yaml" })
class PlaceholderTrustViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void the_wizard_names_the_settings_instead_of_showing_a_template() {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accounts, t, "012345678903", "Initech", ConnectionMethod.MSP_SINGLE, "");
        login(adminEmail(t));
        UI.getCurrent().navigate("accounts/" + a.id());
        WizardView wizard = (WizardView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);

        wizard.show(5);
        CloudFormationStep step = _get(CloudFormationStep.class);

        assertThat(step.unavailable.isVisible()).isTrue();
        assertThat(step.unavailable.getText())
            .contains("payerlink.cloudformation.platform-account-aws (PAYERLINK_PLATFORM_ACCOUNT_AWS)");
        assertThat(step.template.getText()).isEmpty();
        assertThat(step.quickCreate.getHref()).isEmpty();
    }

    @Autowired
    PlatformNotices platformNotices;

    @Test
    void platform_admins_see_a_notice_naming_the_settings() {
        platformNotices.refresh();
        String email = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Pat", email, Role.PLATFORM_ADMIN, PASSWORD)));
        login(email);
        UI.getCurrent().navigate("");

        assertThat(notices()).anySatisfy(text -> assertThat(text)
            .contains("payerlink.cloudformation.template-url-aws-cn (PAYERLINK_TEMPLATE_URL_AWS_CN)"));
    }

    @Test
    void tenant_users_hear_of_it_from_the_wizard_not_from_the_platform_notice() {
        platformNotices.refresh();
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate("accounts");

        assertThat(notices()).noneMatch(text -> text.contains("payerlink.cloudformation"));
    }

    // the main layout's notice, once above every view
    private static java.util.List<String> notices() {
        return _find(_get(MainLayout.class), Div.class, spec -> spec.withClasses("platform-notice")).stream()
            .map(Div::getText).toList();
    }

}
