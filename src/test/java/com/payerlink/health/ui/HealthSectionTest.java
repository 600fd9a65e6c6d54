package com.payerlink.health.ui;

import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HealthSectionTest extends KaribuTest {

    @Autowired
    private HealthSection section;

    @Autowired
    private AccountService accountService;

    @Autowired
    private AccountStateService accountStates;

    @Autowired
    private AccountHealthService health;

    @Autowired
    private VerificationService verificationService;

    @Test
    void the_account_page_shows_a_degraded_accounts_codes_and_none_before_go_live() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(AwsStub.shared());
        CustomerAccount registered = accounts.register(RegisteredAccounts.awsId(88), "Section Co", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, registered.id());
        as(t, Role.ORG_ADMIN, () -> accountStates.markReady(registered.id(), "test"));
        as(t, Role.ORG_ADMIN, () -> health.recordCheck(registered.id(), List.of("BUCKET_ACCESS_DENIED")));
        login(adminEmail(t));

        Component panel = section.create(accountService.get(registered.id())).orElseThrow();

        assertThat(_get(panel, StatusBadge.class, spec -> spec.withId("account-health")).getText()).isEqualTo("Degraded");
        assertThat(_get(panel, Paragraph.class).getText()).contains("BUCKET_ACCESS_DENIED");
        CustomerAccount draft = as(t, Role.ORG_ADMIN, () -> accountService.create(com.payerlink.account.domain.Partition.AWS,
                new com.payerlink.account.domain.AccountDetails(RegisteredAccounts.awsId(89), "Draft Co",
                        ConnectionMethod.MSP_SINGLE, "ops@" + t.code().toLowerCase() + ".test")));
        assertThat(section.create(draft)).isEmpty();
    }

}
