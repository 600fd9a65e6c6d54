package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Starting and polling verifications over real HTTP, against the tests' AWS stub. */
class VerificationsApiTest extends ApiTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    VerificationService verificationService;

    @Test
    void a_started_verification_answers_202_and_its_batch_shows_the_failed_accounts_with_their_checks() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        aws.assumeRoleDenied(":role/" + accounts.roleName());
        CustomerAccount denied = accounts.register(RegisteredAccounts.awsId(1), "Denied Corp", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, denied.id());
        CustomerAccount draft = account(t, Partition.AWS, RegisteredAccounts.awsId(2), "Still a draft");
        String token = token(t, Role.OPERATOR);

        HttpResponse<String> started = api.post(token, "/api/v1/verifications",
                "{\"accountIds\": [\"" + denied.id() + "\", \"" + draft.id() + "\"]}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode queued = api.json(started);
        assertThat(queued.get("queued").asInt()).isEqualTo(1);
        assertThat(queued.get("notEligible").asInt()).isEqualTo(1);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/verifications/" + queued.get("batchId").asText());

        JsonNode batch = awaitFinished(token, URI.create(location).getPath());
        assertThat(batch.get("total").asInt()).isEqualTo(1);
        assertThat(batch.get("done").asInt()).isEqualTo(1);
        assertThat(batch.get("failed").asInt()).isEqualTo(1);
        assertThat(batch.get("failureCount").asInt()).isEqualTo(1);
        JsonNode failure = batch.at("/failures/0");
        assertThat(failure.get("id").asText()).isEqualTo(denied.id().toString());
        assertThat(failure.get("accountId").asText()).isEqualTo(RegisteredAccounts.awsId(1));
        assertThat(failure.get("status").asText()).isEqualTo("FAILED");
        JsonNode check = failure.get("checks").get(0);
        assertThat(check.get("code").asText()).isEqualTo("ASSUME_ROLE_DENIED");
        assertThat(check.get("status").asText()).isEqualTo("FAIL");
        assertThat(check.get("message").asText()).isNotBlank();
        assertThat(check.get("fix").asText()).isNotBlank();

        JsonNode account = api.json(api.get(token, "/api/v1/accounts/" + denied.id()));
        assertThat(account.at("/lastVerification/status").asText()).isEqualTo("FAILED");
        assertThat(account.at("/lastVerification/failedChecks/0").asText()).isEqualTo("ASSUME_ROLE_DENIED");
        assertThat(account.at("/lastVerification/batch").asText()).isEqualTo(URI.create(location).getPath());
        assertThat(account.at("/lastVerification/finishedAt").isNull()).isFalse();
    }

    @Test
    void nothing_to_verify_is_a_400_naming_the_field_and_a_viewer_may_not_start() {
        Tenant t = newTenant();
        CustomerAccount draft = account(t, Partition.AWS, "012345678901", "Draft");

        JsonNode empty = problem(api.post(token(t, Role.OPERATOR), "/api/v1/verifications", "{\"accountIds\": []}"), 400);
        JsonNode drafts = problem(api.post(token(t, Role.OPERATOR), "/api/v1/verifications",
                "{\"accountIds\": [\"" + draft.id() + "\"]}"), 400);
        JsonNode notUuid = problem(api.post(token(t, Role.OPERATOR), "/api/v1/verifications",
                "{\"accountIds\": [\"012345678901\"]}"), 400);

        assertThat(empty.at("/errors/0/field").asText()).isEqualTo("accountIds");
        assertThat(drafts.get("detail").asText()).contains("Register them first");
        assertThat(notUuid.at("/errors/0/field").asText()).isEqualTo("accountIds[0]");
        problem(api.post(token(t, Role.VIEWER), "/api/v1/verifications", "{\"accountIds\": [\"" + draft.id() + "\"]}"), 403);
    }

    @Test
    void another_tenants_batch_is_not_found_and_its_accounts_are_not_verified() {
        Tenant northwind = newTenant();
        Tenant contoso = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, northwind).allPass(aws);
        aws.assumeRoleDenied(":role/" + accounts.roleName());
        CustomerAccount theirs = accounts.register(RegisteredAccounts.awsId(3), "Northwind secret", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, theirs.id());
        JsonNode started = api.json(api.post(token(northwind, Role.OPERATOR), "/api/v1/verifications",
                "{\"accountIds\": [\"" + theirs.id() + "\"]}"));
        String contosoToken = token(contoso, Role.OPERATOR);

        JsonNode batch = problem(api.get(contosoToken, "/api/v1/verifications/" + started.get("batchId").asText()), 404);
        problem(api.get(contosoToken, "/api/v1/verifications/" + UUID.randomUUID()), 404);
        problem(api.get(contosoToken, "/api/v1/verifications/not-a-uuid"), 404);
        JsonNode foreign = problem(api.post(contosoToken, "/api/v1/verifications",
                "{\"accountIds\": [\"" + theirs.id() + "\"]}"), 400);

        assertThat(batch.get("detail").asText()).doesNotContain("Northwind");
        assertThat(foreign.get("detail").asText()).doesNotContain("Northwind");
    }

    private JsonNode awaitFinished(String token, String path) {
        // a slow run may outlast the test's rate limit of 40 requests a minute: then wait as the 429 tells (until the
        // next minute starts, as the limit counts per calendar minute)
        AtomicLong retryAfterSeconds = new AtomicLong();
        return await("the batch at " + path).atMost(Duration.ofMinutes(2)).pollInSameThread()
            .pollDelay(Duration.ZERO)
            .pollInterval((poll, previous) -> {
                long told = retryAfterSeconds.getAndSet(0);
                return told > 0 ? Duration.ofSeconds(told) : Duration.ofMillis(500);
            })
            .until(() -> {
                HttpResponse<String> response = api.get(token, path);
                if (response.statusCode() == 429) {
                    retryAfterSeconds.set(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()));
                    return null;
                }
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return api.json(response);
            }, batch -> batch != null && batch.get("finished").asBoolean());
    }

}
