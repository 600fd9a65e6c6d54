package com.payerlink.verification;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;

import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * Accounts of one test tenant walked through the wizard and registered, all with the tenant's own role
 * name and CUR bucket, so a test's stubs answer only its own accounts.
 */
public final class RegisteredAccounts {

    private final AccountService accountService;

    private final Tenant tenant;

    public RegisteredAccounts(AccountService accountService, Tenant tenant) {
        this.accountService = accountService;
        this.tenant = tenant;
    }

    /** "RoleABCDEF": the part of each role ARN that is this tenant's. */
    public String roleName() {
        return "Role" + tenant.code();
    }

    public String bucket() {
        return "cur-" + tenant.code().toLowerCase(Locale.ROOT);
    }

    public String reportName() {
        return "report-" + tenant.code().toLowerCase(Locale.ROOT);
    }

    /** Stubs AWS so that this tenant's accounts pass every check. */
    public RegisteredAccounts allPass(AwsStub aws) {
        aws.assumeRoleSucceeds(":role/" + roleName())
            .bucket(bucket(), "")
            .objects(bucket())
            .reports(AwsStub.report(reportName(), bucket(), "cur"));
        return this;
    }

    /** Registers a new account; its verification is queued when the registration commits. */
    public CustomerAccount register(String awsAccountId, String name, ConnectionMethod method) {
        return register(awsAccountId, name, method, Set.of(Product.COST_ANALYTICS));
    }

    /** Registers a new account with these products; its verification is queued when the registration commits. */
    public CustomerAccount register(String awsAccountId, String name, ConnectionMethod method, Set<Product> products) {
        return IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> {
            CustomerAccount a = accountService.create(Partition.AWS, new AccountDetails(awsAccountId, name, method,
                    "ops@" + tenant.code().toLowerCase(Locale.ROOT) + ".test"));
            a = accountService.confirmBillingAccess(a.id(), a.version(), true);
            a = accountService.saveCurSettings(a.id(), a.version(), CurSettings.typed(products, false,
                    bucket(), reportName(), "cur", "us-east-1", true));
            a = accountService.confirmStackCreated(a.id(), a.version());
            a = accountService.saveRoleArns(a.id(), a.version(), "arn:aws:iam::" + awsAccountId + ":role/" + roleName());
            return accountService.register(a.id(), a.version());
        });
    }

    public Tenant tenant() {
        return tenant;
    }

    /** Waits until the account's latest verification has finished, and returns it. */
    public VerificationRun awaitLatestRun(VerificationService verification, UUID accountId) {
        return await("the verification of " + accountId).atMost(Duration.ofSeconds(60))
            .pollInSameThread().pollInterval(Duration.ofMillis(100))
            .until(() -> IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> verification.latestRun(accountId)),
                    run -> run.isPresent() && run.get().status().isFinished())
            .orElseThrow();
    }

    /** Waits until every account of the batch has a result, and returns its progress then. */
    public BatchProgress awaitBatch(VerificationService verification, UUID batchId) {
        return await("batch " + batchId).atMost(Duration.ofSeconds(90))
            .pollInSameThread().pollInterval(Duration.ofMillis(100))
            .until(() -> IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> verification.progress(batchId)).orElseThrow(),
                    BatchProgress::isFinished);
    }

    /** "000000000042"-style account IDs unique within the tenant. */
    public static String awsId(int n) {
        return String.format("%012d", 100_000_000_000L + n);
    }

}
