package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.ManyAccounts;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk registration: the ready accounts registered in one action, verified as one batch; the others left alone. */
class BulkRegistrationTest extends IntegrationTest {

    @Autowired
    AccountListService lists;

    @Autowired
    AccountRegistrationService registrations;

    @Autowired
    AccountService accounts;

    @Autowired
    VerificationService verification;

    @Test
    void the_ready_accounts_are_registered_and_verified_as_one_batch_and_the_others_are_counted_by_reason() {
        Tenant tenant = newTenant();
        RegisteredAccounts aws = new RegisteredAccounts(accounts, tenant).allPass(AwsStub.shared());
        ManyAccounts.create(lists, tenant, "Ready", 100_000_000_000L, 20);
        ManyAccounts.create(lists, tenant, "Unfinished", 200_000_000_000L, 2);
        ManyAccounts.makeReady(tenant, "Ready", aws.roleName());
        ManyAccounts.makeReady(tenant, "Unfinished", aws.roleName());
        ManyAccounts.sql("update customer_account set role_arns = array['arn:aws:iam::123456789012:role/X']"
                + " where tenant_id = ? and name like 'Unfinished%'", tenant.id());

        BulkRegistration done = as(tenant, Role.ORG_ADMIN,
                () -> registrations.registerReady(AccountSelection.matching(AccountQuery.all())));

        assertThat(done.registered()).isEqualTo(20);
        assertThat(done.verification().queued()).isEqualTo(20);
        assertThat(done.preview().notReady()).containsExactly(Map.entry(RegistrationBlocker.WRONG_ROLE_ARN, 2));
        List<UUID> ready = as(tenant, Role.ORG_ADMIN,
                () -> lists.ids(AccountSelection.matching(AccountQuery.all().withSearch("Ready"))));
        BatchProgress progress = aws.awaitBatch(verification, done.batchId());
        // no second verification per account: the registration queued them all in its one batch
        assertThat(ManyAccounts.count("select count(*) from verification_run where tenant_id = ?", tenant.id()))
            .isEqualTo(20);
        assertThat(ManyAccounts.count("select count(*) from verification_batch where tenant_id = ?", tenant.id()))
            .isEqualTo(1);
        assertThat(progress.total()).isEqualTo(20);
        assertThat(progress.passed()).isEqualTo(20);
        as(tenant, Role.ORG_ADMIN, () -> {
            assertThat(accounts.history(ready.get(0))).extracting(HistoryEntry::action)
                .contains(AccountHistoryAction.REGISTERED.name());
            assertThat(accounts.matching(AccountQuery.all().withState(AccountState.PROCESSING)).count()).isEqualTo(20);
            assertThat(accounts.matching(AccountQuery.all().withState(AccountState.IN_PROGRESS)).count()).isEqualTo(2);
        });
    }

    @Test
    void only_org_admins_register() {
        Tenant tenant = newTenant();
        ManyAccounts.create(lists, tenant, "Ready", 100_000_000_000L, 1);
        ManyAccounts.makeReady(tenant, "Ready", "PayerlinkRole");

        assertThatThrownBy(() -> as(tenant, Role.OPERATOR,
                () -> registrations.registerReady(AccountSelection.matching(AccountQuery.all()))))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(as(tenant, Role.OPERATOR, () -> accounts.matching(AccountQuery.all().withState(AccountState.IN_PROGRESS)).count()))
            .isEqualTo(1);
    }

}
