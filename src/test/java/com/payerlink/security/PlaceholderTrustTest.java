package com.payerlink.security;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threat: a portal started with the placeholders shipped in application.properties. Whoever owns the placeholder
 * AWS account (or the template bucket) would be trusted by every customer's role: no template, quick-create link
 * or invitation goes out until they are set, and the message names the setting.
 */
@TestPropertySource(properties = {
        "payerlink.cloudformation.platform-account-aws=111122223333",
        "payerlink.cloudformation.platform-account-aws-cn=444455556666",
        "payerlink.cloudformation.template-url-aws=https://payerlink-public.s3.amazonaws.com/cloudformation/payerlink-role.yaml",
        "payerlink.cloudformation.template-url-aws-cn=https://payerlink-public.s3.cn-northwest-1.amazonaws.com.cn/cloudformation/payerlink-role.yaml" })
class PlaceholderTrustTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountTemplates templates;

    @Autowired
    InvitationService invitations;

    @Test
    void no_template_or_quick_create_link_trusts_the_shipped_placeholders() {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accounts, t, "012345678901", "Acme", ConnectionMethod.MSP_SINGLE,
                "ops@acme.example");

        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> templates.template(a.id())))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("payerlink.cloudformation.platform-account-aws")
            .hasMessageContaining("PAYERLINK_PLATFORM_ACCOUNT_AWS");
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> templates.quickCreateLink(a.id())))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("payerlink.cloudformation.template-url-aws");
    }

    @Test
    void no_invitation_goes_out_while_the_placeholders_are_set() {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accounts, t, "012345678902", "Globex", ConnectionMethod.MSP_LIMITED,
                "it@globex.example");

        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id()))))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("payerlink.cloudformation.platform-account-aws");
    }

}
