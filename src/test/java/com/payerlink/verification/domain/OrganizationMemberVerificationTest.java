package com.payerlink.verification.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.aws.CheckOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member account of a management account's organization: its role is checked (assumed with its ExternalId, which it
 * demands, and AWS names the member as its identity); its report's checks come from the management account's
 * connection, since the report lives there and the member's role may not read it. AWS is the WireMock stub.
 */
class OrganizationMemberVerificationTest extends IntegrationTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    private AccountService accountService;

    @Autowired
    private VerificationService verificationService;

    @Autowired
    private DeliveryWatcher deliveryWatcher;

    @Test
    void a_member_passes_on_its_own_role_and_the_report_checks_of_its_verified_management_account() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        CustomerAccount payer = verifiedPayer(accounts, 81);
        String memberId = RegisteredAccounts.awsId(82);

        CustomerAccount member = registerMember(t, payer, memberId, memberId);
        VerificationRun run = accounts.awaitLatestRun(verificationService, member.id());

        assertThat(run.status()).as("%s", run.checks()).isEqualTo(RunStatus.PASSED);
        assertThat(run.checks()).extracting(Check::code).containsSubsequence(CheckCode.ROLE_ASSUMED,
                CheckCode.ROLE_IDENTITY, CheckCode.BUCKET_FOUND, CheckCode.CUR_CONFORMS);
        assertThat(run.checks()).filteredOn(c -> c.code() == CheckCode.ROLE_IDENTITY).singleElement()
            .satisfies(c -> assertThat(c.message()).contains("account " + memberId));
        assertThat(run.checks()).filteredOn(c -> c.code() == CheckCode.BUCKET_FOUND).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(CheckOutcome.PASS);
            assertThat(c.message()).startsWith("Through management account Payer (" + payer.accountId().value() + ")");
        });
        // the member's own role never reads a bucket: the report is the management account's
        aws.server().verify(0, getRequestedFor(urlPathEqualTo("/" + memberBucket(t))));
        assertThat(TestAccounts.get(accountService, t, member.id()).state()).isEqualTo(AccountState.PROCESSING);

        // its report is delivered when the management account's is, never looked for with the member's role
        TestAccounts.forceState(payer.id(), AccountState.PROCESSING);
        as(t, Role.ORG_ADMIN, () -> deliveryWatcher.checkTenant());
        assertThat(TestAccounts.get(accountService, t, member.id()).state()).isEqualTo(AccountState.PROCESSING);
        TestAccounts.forceState(payer.id(), AccountState.READY);
        as(t, Role.ORG_ADMIN, () -> deliveryWatcher.checkTenant());
        assertThat(TestAccounts.get(accountService, t, member.id()).state()).isEqualTo(AccountState.READY);
        aws.server().verify(0, getRequestedFor(urlPathEqualTo("/" + memberBucket(t))));
    }

    @Test
    void a_member_fails_with_management_not_verified_while_its_management_account_has_not_passed() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        CustomerAccount payer = verifiedPayer(accounts, 83);
        // its last verification failed its report checks
        TestAccounts.forceState(payer.id(), AccountState.VERIFICATION_FAILED);
        aws.bucketMissing(accounts.bucket());
        try {
            var again = as(t, Role.OPERATOR, () -> verificationService.verify(List.of(payer.id())));
            accounts.awaitBatch(verificationService, again.batchId());
        }
        finally {
            aws.bucketCreated(accounts.bucket());
        }
        String memberId = RegisteredAccounts.awsId(84);

        CustomerAccount member = registerMember(t, payer, memberId, memberId);
        VerificationRun run = accounts.awaitLatestRun(verificationService, member.id());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.checks()).filteredOn(c -> c.code() == CheckCode.ROLE_IDENTITY).singleElement()
            .extracting(Check::outcome).isEqualTo(CheckOutcome.PASS);
        assertThat(run.failedChecks()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(CheckCode.MANAGEMENT_NOT_VERIFIED);
            assertThat(c.message()).contains("management account Payer").contains("BUCKET_NOT_FOUND");
            assertThat(c.fix()).contains("Connect and verify the management account Payer first");
        });
        assertThat(TestAccounts.get(accountService, t, member.id()).state()).isEqualTo(AccountState.VERIFICATION_FAILED);
    }

    @Test
    void a_member_whose_role_aws_names_as_another_accounts_fails_and_reads_nothing() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        CustomerAccount payer = verifiedPayer(accounts, 85);
        String memberId = RegisteredAccounts.awsId(86);

        CustomerAccount member = registerMember(t, payer, memberId, RegisteredAccounts.awsId(87));
        VerificationRun run = accounts.awaitLatestRun(verificationService, member.id());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failedChecks()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(CheckCode.ROLE_NOT_OF_ACCOUNT);
            assertThat(c.message()).contains("account " + RegisteredAccounts.awsId(87)).contains("not " + memberId);
        });
        assertThat(run.checks()).filteredOn(c -> c.code() == CheckCode.BUCKET_FOUND).singleElement()
            .extracting(Check::outcome).isEqualTo(CheckOutcome.SKIPPED);
    }

    @Test
    void a_member_without_its_external_id_in_the_trust_policy_fails_as_any_account_does() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        CustomerAccount payer = verifiedPayer(accounts, 88);
        String memberId = RegisteredAccounts.awsId(89);
        aws.roleTrustsWithoutExternalId(memberId + ":role/Member");

        CustomerAccount member = registerMember(t, payer, memberId, null);
        VerificationRun run = accounts.awaitLatestRun(verificationService, member.id());

        assertThat(run.failedChecks()).extracting(Check::code).containsExactly(CheckCode.EXTERNAL_ID_NOT_ENFORCED);
        assertThat(run.checks()).filteredOn(c -> c.code() == CheckCode.BUCKET_FOUND).singleElement()
            .extracting(Check::outcome).isEqualTo(CheckOutcome.SKIPPED);
    }

    /** A management account "Payer" of the tenant that passed verification. */
    private CustomerAccount verifiedPayer(RegisteredAccounts accounts, int n) {
        CustomerAccount payer = accounts.register(RegisteredAccounts.awsId(n), "Payer", ConnectionMethod.DIRECT_MANAGEMENT);
        assertThat(accounts.awaitLatestRun(verificationService, payer.id()).status()).isEqualTo(RunStatus.PASSED);
        return payer;
    }

    /**
     * A member added from the payer's organization, registered with a role {@code Member…} of its own account that
     * demands its ExternalId, AWS naming {@code identityAccount} as its identity (null: stubbed by the test itself).
     */
    private CustomerAccount registerMember(Tenant t, CustomerAccount payer, String memberId, String identityAccount) {
        String role = "arn:aws:iam::" + memberId + ":role/Member" + t.code();
        return as(t, Role.ORG_ADMIN, () -> {
            CustomerAccount a = accountService.createMember(payer.id(), new AccountDetails(memberId, "Member " + memberId,
                    ConnectionMethod.MSP_SINGLE, "ops@member.test"));
            assertThat(a.managementAccountId()).isEqualTo(payer.id());
            if (identityAccount != null) {
                aws.roleOfAccountDemandsExternalId(memberId + ":role/Member", a.externalId().value(), identityAccount);
            }
            a = accountService.confirmBillingAccess(a.id(), a.version(), true);
            a = accountService.saveCurSettings(a.id(), a.version(), CurSettings.typed(Set.of(Product.COST_ANALYTICS),
                    false, memberBucket(t), "member-report", "cur", "us-east-1", true));
            a = accountService.confirmStackCreated(a.id(), a.version());
            a = accountService.saveRoleArns(a.id(), a.version(), role);
            return accountService.register(a.id(), a.version());
        });
    }

    private static String memberBucket(Tenant t) {
        return "member-cur-" + t.code().toLowerCase(Locale.ROOT);
    }

}
