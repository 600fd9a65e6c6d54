package com.payerlink.verification.domain;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionLifecycleService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Verification checks every role of a connection, and never a disconnected one. */
class EveryRoleAndDisconnectTest extends IntegrationTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    private Scheduler portalScheduler;

    @Autowired
    private AccountService accountService;

    @Autowired
    private VerificationService verificationService;

    @Autowired
    private ConnectionLifecycleService lifecycle;

    @Test
    void every_role_arn_is_assumed_and_a_second_role_that_is_refused_fails_the_verification() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        String awsId = RegisteredAccounts.awsId(71);
        aws.assumeRoleSucceeds(awsId + ":role/payerlink/Second");
        aws.assumeRoleDenied(awsId + ":role/payerlink/Third");
        CustomerAccount registered = accounts.register(awsId, "Three Roles", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, registered.id());
        com.payerlink.TestAccounts.forceState(registered.id(), AccountState.VERIFICATION_FAILED);

        CustomerAccount failed = as(t, Role.ORG_ADMIN, () -> {
            // the failed connection is repaired in the wizard: two more roles of the same account
            CustomerAccount a = accountService.get(registered.id());
            return accountService.saveRoleArns(a.id(), a.version(), "arn:aws:iam::" + awsId + ":role/" + accounts.roleName()
                    + "\narn:aws:iam::" + awsId + ":role/payerlink/Second\narn:aws:iam::" + awsId + ":role/payerlink/Third");
        });
        var queued = as(t, Role.OPERATOR, () -> verificationService.verify(List.of(failed.id())));
        accounts.awaitBatch(verificationService, queued.batchId());
        VerificationRun run = accounts.awaitLatestRun(verificationService, failed.id());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.checks()).filteredOn(c -> c.code() == CheckCode.ROLE_ASSUMED).extracting(Check::message)
            .anyMatch(m -> m.contains(":role/" + accounts.roleName()))
            .anyMatch(m -> m.contains(":role/payerlink/Second"));
        assertThat(run.failedChecks()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(CheckCode.ASSUME_ROLE_DENIED);
            assertThat(c.message()).contains(":role/payerlink/Third");
        });
        assertThat(as(t, Role.VIEWER, () -> accountService.get(failed.id())).state())
            .isEqualTo(AccountState.VERIFICATION_FAILED);
    }

    @Test
    void a_connection_disconnected_while_its_verification_is_queued_is_never_asked_about_again() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        String awsId = RegisteredAccounts.awsId(72);
        CustomerAccount registered = accounts.register(awsId, "Leaving Soon", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, registered.id());
        int callsBefore = assumeRoleCalls(awsId);

        portalScheduler.pause();
        try {
            CustomerAccount passed = as(t, Role.VIEWER, () -> accountService.get(registered.id()));
            // a fresh verification queued (the account passed: force it back to a verifiable state first)
            com.payerlink.TestAccounts.forceState(passed.id(), AccountState.AWAITING_VERIFICATION);
            as(t, Role.OPERATOR, () -> verificationService.verify(List.of(passed.id())));
            CustomerAccount verifying = as(t, Role.VIEWER, () -> accountService.get(passed.id()));
            assertThat(verifying.state()).isEqualTo(AccountState.VERIFYING);

            as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(verifying.id(), verifying.version(), "Customer left"));
        }
        finally {
            portalScheduler.resume();
        }

        VerificationRun run = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
            .until(() -> as(t, Role.VIEWER, () -> verificationService.latestRun(registered.id())).orElseThrow(),
                    r -> r.status().isFinished());
        assertThat(run.checks()).isEmpty();
        assertThat(assumeRoleCalls(awsId)).isEqualTo(callsBefore);
        CustomerAccount after = as(t, Role.VIEWER, () -> accountService.get(registered.id()));
        assertThat(after.state()).isEqualTo(AccountState.DISCONNECTED);
        // and "Verify" does not take it either
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> as(t, Role.OPERATOR,
                () -> verificationService.verify(List.of(after.id()))));
        assertThat(refused).hasMessageContaining("None of the selected accounts can be verified now");
    }

    private static int assumeRoleCalls(String awsId) {
        return aws.server().findAll(postRequestedFor(urlPathEqualTo("/"))
            .withRequestBody(containing("RoleSessionName=payerlink-" + awsId))).size();
    }

}
