package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionLifecycleService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Disconnect and reconnect over the API; account IDs as the console shows them; the key of a registered connection. */
class ConnectionLifecycleApiTest extends ApiTest {

    @Autowired
    ConnectionLifecycleService lifecycle;

    @Test
    void an_operator_token_may_not_disconnect_and_is_told_which_scope_may() {
        Tenant t = newTenant();
        CustomerAccount ready = ready(t, "717171717171", "Vandelay");

        JsonNode refused = problem(api.post(token(t, Role.OPERATOR), "/api/v1/accounts/" + ready.id() + "/disconnection",
                "{\"version\":" + ready.version() + ",\"reason\":\"Customer left\"}"), 403);

        assertThat(refused.get("detail").asText()).contains("needs a token of scope Org admin")
            .contains("this token's scope is Operator");
        assertThat(TestAccounts.get(accountService, t, ready.id()).state()).isEqualTo(AccountState.READY);
    }

    @Test
    void an_org_admin_token_disconnects_with_the_reason_in_the_history() {
        Tenant t = newTenant();
        CustomerAccount ready = ready(t, "767676767676", "Monks");

        HttpResponse<String> response = api.post(token(t, Role.ORG_ADMIN), "/api/v1/accounts/" + ready.id()
                + "/disconnection", "{\"version\":" + ready.version() + ",\"reason\":\"Customer left\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.json(response).get("state").asText()).isEqualTo("DISCONNECTED");
        assertThat(TestAccounts.get(accountService, t, ready.id()).state()).isEqualTo(AccountState.DISCONNECTED);
        assertThat(as(t, Role.VIEWER, () -> accountService.history(ready.id())))
            .anySatisfy(h -> assertThat(h.detail()).contains("Customer left"));
    }

    @Test
    void an_operator_token_reconnects_a_disconnected_account_with_a_new_external_id() {
        Tenant t = newTenant();
        CustomerAccount ready = ready(t, "727272727272", "Kramerica");
        CustomerAccount gone = as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version(), "Stack deleted"));
        String token = token(t, Role.OPERATOR);

        JsonNode shown = api.json(api.get(token, "/api/v1/accounts/" + gone.id()));
        assertThat(shown.get("state").asText()).isEqualTo("DISCONNECTED");

        HttpResponse<String> response = api.post(token, "/api/v1/accounts/" + gone.id() + "/reconnection",
                "{\"version\":" + shown.get("version").asInt() + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode back = api.json(response);
        assertThat(back.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(back.get("wizardStep").asInt()).isEqualTo(5);
        assertThat(back.get("externalId").asText()).isNotEqualTo(ready.externalId().value());
        assertThat(back.get("roleArns")).isEmpty();
        // again: it is no longer disconnected
        JsonNode again = problem(api.post(token, "/api/v1/accounts/" + gone.id() + "/reconnection",
                "{\"version\":" + back.get("version").asInt() + "}"), 400);
        assertThat(again.get("detail").asText()).contains("not disconnected");
    }

    @Test
    void lifecycle_calls_need_a_version_refuse_stale_ones_viewers_and_other_tenants() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        CustomerAccount ready = ready(t, "737373737373", "Pendant");
        CustomerAccount gone = as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version(), "Paused"));
        String path = "/api/v1/accounts/" + gone.id() + "/reconnection";

        assertThat(problem(api.post(token(t, Role.OPERATOR), path, "{}"), 400).get("errors").get(0).get("field").asText())
            .isEqualTo("version");
        JsonNode stale = problem(api.post(token(t, Role.OPERATOR), path, "{\"version\":" + ready.version() + "}"), 409);
        assertThat(stale.get("currentVersion").asInt()).isEqualTo(gone.version());
        problem(api.post(token(t, Role.VIEWER), path, "{\"version\":" + gone.version() + "}"), 403);
        problem(api.post(token(other, Role.OPERATOR), path, "{\"version\":" + gone.version() + "}"), 404);
        assertThat(TestAccounts.get(accountService, t, gone.id()).state()).isEqualTo(AccountState.DISCONNECTED);
    }

    @Test
    void an_account_id_as_the_console_shows_it_is_accepted_and_a_registered_one_cannot_change() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);

        HttpResponse<String> created = api.post(token, "/api/v1/accounts", "{\"partition\":\"aws\","
                + "\"accountId\":\"7474-7474-7474\",\"name\":\"Dashes\",\"method\":\"MSP_SINGLE\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.json(created).get("accountId").asText()).isEqualTo("747474747474");
        // the same account again, typed with spaces: it exists already
        assertThat(api.post(token, "/api/v1/accounts", "{\"partition\":\"aws\",\"accountId\":\"7474 7474 7474\","
                + "\"name\":\"Spaces\",\"method\":\"MSP_SINGLE\"}").statusCode()).isEqualTo(409);

        CustomerAccount registered = TestAccounts.registerAndSettle(accountService, t,
                TestAccounts.create(accountService, t, "757575757575", "Registered", ConnectionMethod.MSP_SINGLE, ""));
        TestAccounts.forceState(registered.id(), AccountState.VERIFICATION_FAILED);
        JsonNode moved = problem(api.put(token, "/api/v1/accounts/" + registered.id(), "{\"version\":"
                + registered.version() + ",\"accountId\":\"757575757576\",\"name\":\"Registered\","
                + "\"method\":\"MSP_SINGLE\"}"), 400);
        assertThat(moved.get("errors").get(0).get("field").asText()).isEqualTo("accountId");
        assertThat(moved.get("errors").get(0).get("message").asText()).contains("can no longer change");
    }

    private CustomerAccount ready(Tenant t, String awsId, String name) {
        CustomerAccount a = TestAccounts.registerAndSettle(accountService, t,
                TestAccounts.create(accountService, t, awsId, name, ConnectionMethod.MSP_SINGLE, ""));
        TestAccounts.forceState(a.id(), AccountState.READY);
        return TestAccounts.get(accountService, t, a.id());
    }

}
