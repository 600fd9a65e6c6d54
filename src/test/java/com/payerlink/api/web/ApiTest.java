package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.api.domain.CreatedApiToken;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the REST API tests: the portal on a random port with its real PostgreSQL, called over HTTP.
 * A low rate limit and body size limits (the API's and the import's own), so those limits can be reached in a test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "payerlink.api.rate-limit-per-minute=40", "payerlink.api.max-request-size=64KB",
                "payerlink.import.max-bytes=512KB",
                "payerlink.cloudformation.callback-rate-limit-per-minute=8" })
abstract class ApiTest extends IntegrationTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokenService;

    @Autowired
    AccountService accountService;

    ApiTestClient api;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
    }

    /** A fresh token of the tenant, as its org admin would create it (an Org admin token: by an org admin user). */
    CreatedApiToken newToken(Tenant tenant, Role role) {
        if (role == Role.ORG_ADMIN) {
            return newToken(tenant, role, newUser(tenant, Role.ORG_ADMIN).id());
        }
        return as(tenant, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("script " + UUID.randomUUID(), role, null)));
    }

    /** A fresh token created by this org admin user of the tenant. */
    CreatedApiToken newToken(Tenant tenant, Role role, UUID creator) {
        return CurrentScope.callAs(new DatabaseScope(tenant.id(), Role.ORG_ADMIN, creator),
                () -> tokenService.create(new NewApiToken("script " + UUID.randomUUID(), role, null)));
    }

    String token(Tenant tenant, Role role) {
        return newToken(tenant, role).secret();
    }

    CustomerAccount account(Tenant tenant, Partition partition, String accountId, String name) {
        return as(tenant, Role.ORG_ADMIN, () -> accountService.create(partition,
                new AccountDetails(accountId, name, ConnectionMethod.MSP_SINGLE, "ops@example.com")));
    }

    /** Asserts an RFC 9457 problem with the status, and returns it. */
    JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonNode problem = api.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

}
