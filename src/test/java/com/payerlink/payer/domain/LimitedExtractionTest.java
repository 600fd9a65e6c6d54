package com.payerlink.payer.domain;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.payer.Payers;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A limited customer's rows extracted from the MSP's payer: the portal creates the CUR 2.0 export (CreateExport with a
 * query filtered to exactly the agreed accounts), and verification of the limited account checks it (GetExport).
 */
class LimitedExtractionTest extends IntegrationTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    AccountService accountService;

    @Autowired
    VerificationService verificationService;

    @Autowired
    PayerMemberService members;

    @Autowired
    CustomerService customers;

    @Autowired
    LimitedExtractionService limited;

    /** A tenant whose payer has members 0-3 from {@code first}; the customer "Limited Co" agreed on the first two. */
    private record Setup(Tenant tenant, RegisteredAccounts accounts, CustomerAccount payer, Customer customer) {
    }

    private Setup setup(int n, int first) {
        Tenant t = newTenant();
        CustomerAccount payer = Payers.verifiedPayer(aws, accountService, verificationService, t, n);
        Payers.organizationOf(aws, payer, first, 4);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        Customer c = as(t, Role.OPERATOR, () -> customers.create("Limited Co", "finance@limited.example"));
        as(t, Role.OPERATOR, () -> members.group(payer.id(), List.of(Payers.member(first), Payers.member(first + 1)),
                c.id()));
        return new Setup(t, new RegisteredAccounts(accountService, t).allPass(aws), payer, c);
    }

    private CustomerAccount limitedAccount(Setup s, int n) {
        CustomerAccount a = as(s.tenant(), Role.OPERATOR, () -> accountService.create(
                com.payerlink.account.domain.Partition.AWS, new com.payerlink.account.domain.AccountDetails(
                        RegisteredAccounts.awsId(n), "Limited Co account", ConnectionMethod.MSP_LIMITED, "")));
        as(s.tenant(), Role.OPERATOR, () -> limited.link(a.id(), s.customer().id(), s.customer().version(), null));
        return a;
    }

    private static Map<String, Object> exportReading(String name, String query, String arn) {
        Map<String, Object> e = AwsStub.export(name, "any-bucket", "payerlink", "HOURLY", "TRUE");
        e.put("ExportArn", arn);
        e.put("DataQuery", Map.of("QueryStatement", query, "TableConfigurations", Map.of("COST_AND_USAGE_REPORT",
                Map.of("TIME_GRANULARITY", "HOURLY", "INCLUDE_RESOURCES", "TRUE"))));
        return e;
    }

    @Test
    void the_export_filters_exactly_the_agreed_accounts_and_verification_passes_on_it() {
        Setup s = setup(71, 8000);
        CustomerAccount account = limitedAccount(s, 72);
        String name = "payerlink-limited-" + RegisteredAccounts.awsId(72);
        String arn = "arn:aws:bcm-data-exports:us-east-1:" + s.payer().accountId().value() + ":export/" + name + "-1a2b";
        aws.exportCreated(name, arn);

        String created = as(s.tenant(), Role.OPERATOR, () -> limited.createExport(account.id()));

        assertThat(created).isEqualTo(arn);
        List<LoggedRequest> requests = aws.server().findAll(postRequestedFor(urlPathEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(AwsStub.EXPORTS + "CreateExport")));
        String body = requests.stream().map(LoggedRequest::getBodyAsString).filter(b -> b.contains(name)).findFirst()
            .orElseThrow();
        assertThat(body).contains("WHERE line_item_usage_account_id IN ('700000008000', '700000008001')",
                "\"TIME_GRANULARITY\":\"HOURLY\"", "\"INCLUDE_RESOURCES\":\"TRUE\"", "\"Format\":\"PARQUET\"",
                "\"S3Bucket\":\"payerlink-cur-" + RegisteredAccounts.awsId(72) + "\"")
            .doesNotContain("700000008002");
        LimitedSetup stored = as(s.tenant(), Role.VIEWER, () -> limited.setupOf(account.id())).orElseThrow();
        assertThat(stored.customer().exportArn()).isEqualTo(arn);

        // verification reads the export as AWS keeps it: the same query
        aws.getExport(exportReading(name, stored.definition().queryStatement(), arn));
        CustomerAccount registered = register(s, account);
        VerificationRun run = s.accounts().awaitLatestRun(verificationService, registered.id());

        assertThat(run.checks()).extracting(Check::code).contains(CheckCode.LIMITED_EXPORT_CONFORMS)
            .noneMatch(code -> code.area().equals("Cost and Usage Report"));
        assertThat(run.failedChecks()).isEmpty();
        assertThat(as(s.tenant(), Role.VIEWER, () -> accountService.get(account.id())).state())
            .isEqualTo(AccountState.PROCESSING);
    }

    @Test
    void an_export_whose_filter_misses_an_agreed_account_fails_verification_naming_it() {
        Setup s = setup(73, 8100);
        CustomerAccount account = limitedAccount(s, 74);
        String name = "payerlink-limited-" + RegisteredAccounts.awsId(74);
        String arn = "arn:aws:bcm-data-exports:us-east-1:" + s.payer().accountId().value() + ":export/" + name + "-3c4d";
        aws.exportCreated(name, arn);
        as(s.tenant(), Role.OPERATOR, () -> limited.createExport(account.id()));
        // someone edited the export in the payer: it reads 8100 and a stranger, not 8101
        aws.getExport(exportReading(name, "SELECT line_item_usage_account_id FROM COST_AND_USAGE_REPORT WHERE"
                + " line_item_usage_account_id IN ('700000008100', '700000008103')", arn));

        VerificationRun run = s.accounts().awaitLatestRun(verificationService, register(s, account).id());

        assertThat(run.failedChecks()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(CheckCode.LIMITED_FILTER_MISMATCH);
            assertThat(c.message()).contains("misses the agreed accounts 700000008101",
                    "reads accounts that were not agreed: 700000008103");
        });
        assertThat(as(s.tenant(), Role.VIEWER, () -> accountService.get(account.id())).state())
            .isEqualTo(AccountState.VERIFICATION_FAILED);
    }

    @Test
    void without_a_created_export_verification_fails_with_its_own_code_and_bad_billing_views_are_refused() {
        Setup s = setup(75, 8200);
        CustomerAccount account = limitedAccount(s, 76);

        VerificationRun run = s.accounts().awaitLatestRun(verificationService, register(s, account).id());

        assertThat(run.failedChecks()).extracting(Check::code).containsExactly(CheckCode.LIMITED_EXPORT_NOT_FOUND);
        Customer linked = as(s.tenant(), Role.VIEWER, () -> customers.get(s.customer().id()));
        assertThatThrownBy(() -> as(s.tenant(), Role.OPERATOR, () -> limited.link(account.id(), linked.id(),
                linked.version(), "billing-group-1")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("is no billing view ARN");
    }

    private CustomerAccount register(Setup s, CustomerAccount a) {
        return as(s.tenant(), Role.ORG_ADMIN, () -> {
            CustomerAccount c = accountService.confirmBillingAccess(a.id(), a.version(), true);
            c = accountService.saveCurSettings(c.id(), c.version(), com.payerlink.account.domain.CurSettings.typed(
                    java.util.Set.of(com.payerlink.account.domain.Product.COST_ANALYTICS), false, s.accounts().bucket(),
                    s.accounts().reportName(), "cur", "us-east-1", true));
            c = accountService.confirmStackCreated(c.id(), c.version());
            c = accountService.saveRoleArns(c.id(), c.version(), "arn:aws:iam::" + c.accountId().value() + ":role/"
                    + s.accounts().roleName());
            return accountService.register(c.id(), c.version());
        });
    }

}
