package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.account.ManyAccounts;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/accounts/registrations: the ready accounts among ids or a filter, registered and verified as one batch. */
class AccountRegistrationsApiTest extends ApiTest {

    static final String PATH = "/api/v1/accounts/registrations";

    @Autowired
    AccountListService lists;

    @Test
    void a_filter_registers_the_ready_accounts_202_with_the_batch_to_poll_and_counts_the_others_by_reason() {
        Tenant t = newTenant();
        RegisteredAccounts aws = new RegisteredAccounts(accountService, t).allPass(AwsStub.shared());
        ManyAccounts.create(lists, t, "Ready", 100_000_000_000L, 3);
        ManyAccounts.makeReady(t, "Ready", aws.roleName());
        ManyAccounts.create(lists, t, "Unfinished", 200_000_000_000L, 2);
        ManyAccounts.makeReady(t, "Unfinished", aws.roleName());
        ManyAccounts.sql("update customer_account set cur_settings_confirmed = false where tenant_id = ? and name like"
                + " 'Unfinished%'", t.id());
        String token = token(t, Role.ORG_ADMIN);

        HttpResponse<String> started = api.post(token, PATH, "{\"filter\": {\"state\": [\"IN_PROGRESS\"], \"step\": 6}}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode body = api.json(started);
        assertThat(body.get("registered").asInt()).isEqualTo(3);
        assertThat(body.get("verificationQueued").asInt()).isEqualTo(3);
        assertThat(body.get("notReady")).hasSize(1);
        assertThat(body.get("notReady").get(0).get("reason").asText()).isEqualTo("REPORT_SETTINGS");
        assertThat(body.get("notReady").get(0).get("step").asInt()).isEqualTo(4);
        assertThat(body.get("notReady").get(0).get("accounts").asInt()).isEqualTo(2);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/verifications/" + body.get("batchId").asText());
        HttpResponse<String> batch = api.get(token, URI.create(location).getPath());
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(api.json(batch).get("total").asInt()).isEqualTo(3);
    }

    @Test
    void a_bad_filter_is_a_problem_naming_what_is_wrong() {
        Tenant t = newTenant();
        String token = token(t, Role.ORG_ADMIN);

        JsonNode badState = problem(api.post(token, PATH, "{\"filter\": {\"state\": [\"STUCK\"]}}"), 400);
        JsonNode unknownKey = problem(api.post(token, PATH, "{\"filter\": {\"status\": \"READY\"}}"), 400);
        JsonNode badDays = problem(api.post(token, PATH, "{\"filter\": {\"days\": \"soon\"}}"), 400);
        JsonNode neither = problem(api.post(token, PATH, "{}"), 400);
        JsonNode both = problem(api.post(token, PATH, "{\"accountIds\": [\"" + UUID.randomUUID() + "\"], \"filter\": {}}"), 400);

        assertThat(badState.get("detail").asText()).contains("\"STUCK\" is no state");
        assertThat(unknownKey.get("detail").asText()).contains("\"status\" is no filter");
        assertThat(badDays.get("detail").asText()).contains("days takes a whole number");
        assertThat(neither.get("detail").asText()).contains("not neither");
        assertThat(both.get("detail").asText()).contains("not both");
        problem(api.post(token(t, Role.VIEWER), PATH, "{\"filter\": {}}"), 403);
    }

    @Test
    void an_operator_token_may_not_register_as_an_operator_may_not_in_the_portal() {
        Tenant t = newTenant();
        ManyAccounts.create(lists, t, "Ready", 300_000_000_000L, 1);
        ManyAccounts.makeReady(t, "Ready", "PayerlinkRole");

        JsonNode refused = problem(api.post(token(t, Role.OPERATOR), PATH, "{\"filter\": {}}"), 403);

        assertThat(refused.get("detail").asText()).contains("needs a token of scope Org admin");
        assertThat(ManyAccounts.count("select count(*) from customer_account where tenant_id = ? and registered_at is not"
                + " null", t.id())).isZero();
    }

    @Test
    void another_tenants_accounts_are_never_registered() {
        Tenant northwind = newTenant();
        Tenant contoso = newTenant();
        RegisteredAccounts aws = new RegisteredAccounts(accountService, contoso).allPass(AwsStub.shared());
        ManyAccounts.create(lists, northwind, "Northwind", 100_000_000_000L, 2);
        ManyAccounts.makeReady(northwind, "Northwind", "PayerlinkRole");
        ManyAccounts.create(lists, contoso, "Contoso", 100_000_000_000L, 1);
        ManyAccounts.makeReady(contoso, "Contoso", aws.roleName());
        String northwindId = as(northwind, Role.ORG_ADMIN, () -> lists.ids(
                com.payerlink.account.domain.AccountSelection.matching(com.payerlink.account.domain.AccountQuery.all()))
            .get(0).toString());
        String contosoToken = token(contoso, Role.ORG_ADMIN);

        JsonNode foreign = problem(api.post(contosoToken, PATH, "{\"accountIds\": [\"" + northwindId + "\"]}"), 400);
        HttpResponse<String> own = api.post(contosoToken, PATH, "{\"filter\": {}}");

        assertThat(foreign.get("detail").asText()).contains("Select the accounts to register first");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(202);
        assertThat(api.json(own).get("registered").asInt()).isEqualTo(1);
        assertThat(ManyAccounts.count("select count(*) from customer_account where tenant_id = ? and registered_at is null",
                northwind.id())).isEqualTo(2);
    }

}
