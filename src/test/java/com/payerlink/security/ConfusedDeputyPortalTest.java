package com.payerlink.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CloudFormationSettings;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportRowStatus;
import com.payerlink.importing.domain.ImportService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.domain.OrganizationService;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threat: the confused deputy, through the portal. A tenant must not get the platform to act on an account that is
 * not demonstrably its customer's: a role that does not demand its ExternalId ends Verification failed; the
 * platform's own AWS accounts cannot be registered as customer accounts (wizard, import, API); and what verification
 * reads of an organization (its members' names and e-mail addresses) reaches the tenant only with Organization
 * Discovery chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConfusedDeputyPortalTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    ImportService importService;

    @Autowired
    ApiTokenService tokenService;

    @Autowired
    CloudFormationSettings cloudFormation;

    @Autowired
    VerificationService verificationService;

    @Autowired
    OrganizationService organizationService;

    private final AwsStub aws = AwsStub.shared();

    private Tenant tenant;

    @BeforeEach
    void tenant() {
        tenant = newTenant();
    }

    @Test
    void a_registered_role_that_does_not_demand_its_external_id_ends_verification_failed_with_EXTERNAL_ID_NOT_ENFORCED() {
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant).allPass(aws);
        aws.roleTrustsWithoutExternalId(":role/" + accounts.roleName());

        CustomerAccount account = accounts.register(RegisteredAccounts.awsId(41), "Someone else's account",
                ConnectionMethod.MSP_SINGLE);
        VerificationRun run = accounts.awaitLatestRun(verificationService, account.id());

        assertThat(run.checks()).filteredOn(c -> c.failed()).extracting(c -> c.code())
            .containsExactly(CheckCode.EXTERNAL_ID_NOT_ENFORCED);
        CustomerAccount after = as(tenant, Role.ORG_ADMIN, () -> accountService.get(account.id()));
        assertThat(after.state()).isEqualTo(AccountState.VERIFICATION_FAILED);
    }

    @Test
    void the_platforms_own_account_ids_are_refused_in_the_wizard() {
        for (Partition p : Partition.values()) {
            String platform = cloudFormation.platformAccount(p).value();
            assertThatThrownBy(() -> as(tenant, Role.OPERATOR, () -> accountService.create(Partition.AWS,
                    new AccountDetails(platform, "Platform", ConnectionMethod.MSP_SINGLE, ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("accountId");
                    assertThat(e.getMessage()).contains(platform, "platform's own", "your customer's");
                });
        }
        CustomerAccount draft = as(tenant, Role.OPERATOR, () -> accountService.create(Partition.AWS,
                new AccountDetails("210987654321", "Fabrikam", ConnectionMethod.MSP_SINGLE, "")));
        String platform = cloudFormation.platformAccount(Partition.AWS).value();
        assertThatThrownBy(() -> as(tenant, Role.OPERATOR, () -> accountService.saveDetails(draft.id(), draft.version(),
                new AccountDetails(platform, "Fabrikam", ConnectionMethod.MSP_SINGLE, ""))))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("platform's own");
    }

    @Test
    void the_platforms_own_account_ids_are_refused_by_the_import() {
        String platform = cloudFormation.platformAccount(Partition.AWS_CN).value();
        String csv = "account_id,name,partition\n" + platform + ",Platform,aws-cn\n210987654321,Fabrikam,aws\n";

        ImportPreview preview = as(tenant, Role.OPERATOR,
                () -> importService.preview("accounts.csv", csv.getBytes(StandardCharsets.UTF_8), false));

        assertThat(preview.rows()).extracting(r -> r.status()).containsExactly(ImportRowStatus.ERROR, ImportRowStatus.NEW);
        assertThat(preview.rows().get(0).details()).contains(platform, "platform's own");
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void the_platforms_own_account_ids_are_refused_by_the_api() throws Exception {
        String token = as(tenant, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("script", Role.OPERATOR, null)))
            .secret();
        String platform = cloudFormation.platformAccount(Partition.AWS).value();

        HttpResponse<String> answer = post(token, "/api/v1/accounts", """
                {"partition": "aws", "accountId": "%s", "name": "Platform", "method": "MSP_SINGLE"}""".formatted(platform));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("accountId");
        assertThat(problem.at("/errors/0/message").asText()).contains("platform's own");
    }

    @Test
    void the_organizations_members_reach_the_tenant_only_with_organization_discovery_chosen() {
        String managementId = RegisteredAccounts.awsId(42);
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant).allPass(aws);
        aws.organization(managementId).linkedAccounts(10, managementId, "Payer", RegisteredAccounts.awsId(43), "Member A");

        CustomerAccount costOnly = register(accounts, managementId, Set.of(Product.COST_ANALYTICS));
        VerificationRun run = accounts.awaitLatestRun(verificationService, costOnly.id());

        assertThat(run.checks()).extracting(c -> c.code().area()).doesNotContain("Organization");
        assertThatThrownBy(() -> as(tenant, Role.OPERATOR, () -> organizationService.linkedAccounts(costOnly.id())))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("Organization Discovery");

        Tenant other = newTenant();
        RegisteredAccounts discovering = new RegisteredAccounts(accountService, other).allPass(aws);
        CustomerAccount withDiscovery = register(discovering, managementId,
                Set.of(Product.COST_ANALYTICS, Product.ORGANIZATION_DISCOVERY));
        VerificationRun passed = discovering.awaitLatestRun(verificationService, withDiscovery.id());

        assertThat(passed.checks()).extracting(c -> c.code()).contains(CheckCode.ORGANIZATION_READ);
        assertThat(as(other, Role.OPERATOR, () -> organizationService.linkedAccounts(withDiscovery.id())))
            .extracting(c -> c.account().name()).containsExactly("Member A", "Payer");
    }

    @Test
    void the_organizations_members_are_not_listed_before_the_role_has_proven_its_external_id() {
        String managementId = RegisteredAccounts.awsId(44);
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant).allPass(aws);
        aws.roleTrustsWithoutExternalId(":role/" + accounts.roleName());
        aws.organization(managementId).linkedAccounts(10, managementId, "Payer", RegisteredAccounts.awsId(45), "Member B");

        CustomerAccount management = register(accounts, managementId,
                Set.of(Product.COST_ANALYTICS, Product.ORGANIZATION_DISCOVERY));
        accounts.awaitLatestRun(verificationService, management.id());

        assertThatThrownBy(() -> as(tenant, Role.OPERATOR, () -> organizationService.linkedAccounts(management.id())))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("passed verification");
    }

    private static CustomerAccount register(RegisteredAccounts accounts, String awsId, Set<Product> products) {
        return accounts.register(awsId, "Payer", ConnectionMethod.DIRECT_MANAGEMENT, products);
    }

    private HttpResponse<String> post(String token, String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

}
