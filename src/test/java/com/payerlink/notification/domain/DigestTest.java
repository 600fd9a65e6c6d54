package com.payerlink.notification.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The org admins' daily digest through the outbox, and each user's switch. */
class DigestTest extends IntegrationTest {

    @Autowired
    private DigestService digests;

    @Autowired
    private OutboxService outbox;

    @Autowired
    private AccountService accountService;

    @Autowired
    private VerificationService verificationService;

    @Test
    void org_admins_who_did_not_switch_it_off_get_one_digest_a_day_with_the_new_failure() {
        Tenant tenant = newTenant();
        UserAccount quiet = newUser(tenant, Role.ORG_ADMIN);
        newUser(tenant, Role.OPERATOR);
        signedInAs(quiet.email(), () -> {
            digests.setReceivesDigest(false);
            return null;
        });
        assertThat(signedInAs(quiet.email(), digests::receivesDigest)).isFalse();
        assertThat(signedInAs(adminEmail(tenant), digests::receivesDigest)).isTrue();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant);
        AwsStub.shared().assumeRoleDenied(":role/" + accounts.roleName());
        CustomerAccount failed = accounts.register(RegisteredAccounts.awsId(51), "Failing Co", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, failed.id());
        assertThat(as(tenant, Role.ORG_ADMIN, () -> accountService.get(failed.id())).state())
            .isEqualTo(AccountState.VERIFICATION_FAILED);

        LocalDate today = LocalDate.now();
        assertThat(as(tenant, Role.ORG_ADMIN, () -> digests.queueDigest(today))).isEqualTo(1);
        assertThat(as(tenant, Role.ORG_ADMIN, () -> digests.queueDigest(today))).as("once a day").isZero();

        List<OutboxMessage> mails = as(tenant, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 50)).stream()
            .filter(m -> m.kind().equals(DigestService.KIND)).toList();
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo(adminEmail(tenant));
            assertThat(m.subject()).contains("1 new failure, 0 stuck accounts, 0 degraded accounts");
            assertThat(m.textBody()).contains("Verification failed since yesterday (1):")
                .contains("- Failing Co (" + RegisteredAccounts.awsId(51) + "), Verification failed: ASSUME_ROLE_DENIED")
                .contains("/notifications");
        });
    }

    @Test
    void nothing_to_report_sends_nothing() {
        Tenant tenant = newTenant();

        assertThat(as(tenant, Role.ORG_ADMIN, () -> digests.queueDigest(LocalDate.now()))).isZero();
        assertThat(as(tenant, Role.ORG_ADMIN, () -> outbox.messages(null).count())).isZero();
    }

}
