package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts endpoints over real HTTP: what they answer, what they refuse, and that tenants stay apart. */
class AccountsApiTest extends ApiTest {

    @Test
    void listing_shows_only_the_accounts_of_the_tokens_tenant() {
        Tenant northwind = newTenant();
        Tenant contoso = newTenant();
        account(northwind, Partition.AWS, "111111111111", "Northwind One");
        account(northwind, Partition.AWS_CN, "222222222222", "Northwind Two");
        account(contoso, Partition.AWS, "333333333333", "Contoso Only");

        JsonNode northwindPage = api.json(api.get(token(northwind, Role.VIEWER), "/api/v1/accounts"));
        JsonNode contosoPage = api.json(api.get(token(contoso, Role.VIEWER), "/api/v1/accounts"));

        assertThat(names(northwindPage)).containsExactly("Northwind One", "Northwind Two");
        assertThat(northwindPage.get("total").asInt()).isEqualTo(2);
        assertThat(names(contosoPage)).containsExactly("Contoso Only");
    }

    @Test
    void listing_filters_sorts_and_pages_like_the_grid() {
        Tenant t = newTenant();
        account(t, Partition.AWS, "111111111111", "Alpha");
        CustomerAccount bravo = account(t, Partition.AWS, "222222222222", "Bravo");
        account(t, Partition.AWS_CN, "333333333333", "Charlie");
        as(t, Role.ORG_ADMIN, () -> accountService.savePartition(bravo.id(), bravo.version(), Partition.AWS));
        String token = token(t, Role.VIEWER);

        assertThat(names(api.json(api.get(token, "/api/v1/accounts?sort=name,desc")))).containsExactly("Charlie", "Bravo", "Alpha");
        assertThat(names(api.json(api.get(token, "/api/v1/accounts?partition=aws-cn")))).containsExactly("Charlie");
        assertThat(names(api.json(api.get(token, "/api/v1/accounts?state=IN_PROGRESS")))).containsExactly("Bravo");
        assertThat(names(api.json(api.get(token, "/api/v1/accounts?step=1")))).containsExactly("Alpha", "Charlie");
        assertThat(names(api.json(api.get(token, "/api/v1/accounts?method=MSP_SINGLE&q=har")))).containsExactly("Charlie");
        assertThat(names(api.json(api.get(token, "/api/v1/accounts?q=2222")))).containsExactly("Bravo");
        JsonNode second = api.json(api.get(token, "/api/v1/accounts?page=1&size=2&sort=accountId"));
        assertThat(names(second)).containsExactly("Charlie");
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("items").get(0).get("partition").asText()).isEqualTo("aws-cn");
    }

    @Test
    void listing_refuses_bad_parameters_naming_the_parameter_and_the_fix() {
        Tenant t = newTenant();
        String token = token(t, Role.VIEWER);

        assertThat(field(problem(api.get(token, "/api/v1/accounts?size=501"), 400))).isEqualTo("size");
        JsonNode sort = problem(api.get(token, "/api/v1/accounts?sort=externalId"), 400);
        assertThat(field(sort)).isEqualTo("sort");
        assertThat(sort.get("errors").get(0).get("message").asText()).contains("name, accountId");
        assertThat(field(problem(api.get(token, "/api/v1/accounts?state=DONE"), 400))).isEqualTo("state");
        assertThat(field(problem(api.get(token, "/api/v1/accounts?partition=aws-us-gov"), 400))).isEqualTo("partition");
        assertThat(field(problem(api.get(token, "/api/v1/accounts?page=abc"), 400))).isEqualTo("page");
    }

    @Test
    void get_returns_the_account_with_its_wizard_step_state_and_no_last_verification_before_the_first() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS, "012345678901", "Acme");

        HttpResponse<String> response = api.get(token(t, Role.VIEWER), "/api/v1/accounts/" + a.id());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = api.json(response);
        assertThat(json.get("accountId").asText()).isEqualTo("012345678901");
        assertThat(json.get("partition").asText()).isEqualTo("aws");
        assertThat(json.get("state").asText()).isEqualTo("DRAFT");
        assertThat(json.get("wizardStep").asInt()).isEqualTo(1);
        assertThat(json.get("wizardStepTitle").asText()).isEqualTo("AWS partition");
        assertThat(json.get("externalId").asText()).isEqualTo(a.externalId().value());
        assertThat(json.get("version").asInt()).isEqualTo(a.version());
        assertThat(json.has("lastVerification")).isTrue();
        assertThat(json.get("lastVerification").isNull()).isTrue();
    }

    @Test
    void another_tenants_account_is_not_found_on_every_endpoint_never_forbidden() {
        Tenant northwind = newTenant();
        Tenant contoso = newTenant();
        CustomerAccount theirs = account(northwind, Partition.AWS, "444444444444", "Northwind secret");
        String contosoToken = token(contoso, Role.OPERATOR);
        String path = "/api/v1/accounts/" + theirs.id();

        List<HttpResponse<String>> responses = new ArrayList<>();
        responses.add(api.get(contosoToken, path));
        responses.add(api.put(contosoToken, path, update(theirs.version(), "444444444444", "Taken over", "")));
        responses.add(api.get(contosoToken, path + "/template"));
        responses.add(api.get(contosoToken, path + "/quick-create-link"));
        responses.add(api.get(contosoToken, path + "/history"));
        responses.add(api.get(contosoToken, "/api/v1/accounts/" + UUID.randomUUID()));
        responses.add(api.get(contosoToken, "/api/v1/accounts/not-a-uuid"));

        for (HttpResponse<String> response : responses) {
            assertThat(problem(response, 404).get("detail").asText()).doesNotContain("Northwind");
        }
        assertThat(as(northwind, Role.ORG_ADMIN, () -> accountService.get(theirs.id())).name()).isEqualTo("Northwind secret");
    }

    @Test
    void create_answers_201_with_the_location_of_the_new_account() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);

        HttpResponse<String> response = api.post(token, "/api/v1/accounts", """
                {"partition": "aws-cn", "accountId": "012345678901", "name": "Acme China", "method": "msp_single",
                 "contactEmails": ["Ops@Acme.example"]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        JsonNode created = api.json(response);
        assertThat(location).isEqualTo(api.uri("/api/v1/accounts/" + created.get("id").asText()).toString());
        JsonNode fetched = api.json(api.get(token, "/api/v1/accounts/" + created.get("id").asText()));
        assertThat(fetched.get("accountId").asText()).isEqualTo("012345678901");
        assertThat(fetched.get("partition").asText()).isEqualTo("aws-cn");
        assertThat(fetched.get("contactEmails").get(0).asText()).isEqualTo("ops@acme.example");
        assertThat(fetched.get("state").asText()).isEqualTo("DRAFT");
    }

    @Test
    void create_of_an_account_that_exists_answers_409_with_the_location_of_the_existing_one() {
        Tenant t = newTenant();
        CustomerAccount existing = account(t, Partition.AWS, "555555555555", "Already here");

        HttpResponse<String> response = api.post(token(t, Role.OPERATOR), "/api/v1/accounts", """
                {"accountId": "555555555555", "name": "Again", "method": "MSP_SINGLE"}""");

        JsonNode problem = problem(response, 409);
        String expected = api.uri("/api/v1/accounts/" + existing.id()).toString();
        assertThat(response.headers().firstValue("Location")).hasValue(expected);
        assertThat(problem.get("existing").asText()).isEqualTo(expected);
        assertThat(problem.get("detail").asText()).contains("555555555555 exists already");
    }

    @Test
    void create_with_invalid_fields_answers_400_with_the_wizards_message_on_the_field() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);

        JsonNode scientific = problem(api.post(token, "/api/v1/accounts", """
                {"accountId": "1.23457E+11", "name": "Excel victim", "method": "MSP_SINGLE"}"""), 400);
        JsonNode noName = problem(api.post(token, "/api/v1/accounts", """
                {"accountId": "123456789012", "method": "MSP_SINGLE"}"""), 400);
        JsonNode badMethod = problem(api.post(token, "/api/v1/accounts", """
                {"accountId": "123456789012", "name": "X", "method": "CARRIER_PIGEON"}"""), 400);
        JsonNode notJson = problem(api.post(token, "/api/v1/accounts", "{\"accountId\": "), 400);
        JsonNode wrongType = problem(api.post(token, "/api/v1/accounts", "{\"contactEmails\": {\"a\": 1}}"), 400);

        assertThat(field(scientific)).isEqualTo("accountId");
        assertThat(scientific.get("errors").get(0).get("message").asText()).contains("scientific notation");
        assertThat(field(noName)).isEqualTo("name");
        assertThat(field(badMethod)).isEqualTo("method");
        assertThat(badMethod.get("detail").asText()).contains("MSP_LIMITED");
        assertThat(notJson.get("detail").asText()).contains("not the JSON");
        assertThat(field(wrongType)).isEqualTo("contactEmails");
        assertThat(api.json(api.get(token, "/api/v1/accounts")).get("total").asInt()).isZero();
    }

    @Test
    void a_viewer_token_reads_but_may_not_write() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS, "666666666666", "Read me");
        String viewer = token(t, Role.VIEWER);

        assertThat(api.get(viewer, "/api/v1/accounts/" + a.id()).statusCode()).isEqualTo(200);
        JsonNode create = problem(api.post(viewer, "/api/v1/accounts", """
                {"accountId": "777777777777", "name": "Nope", "method": "MSP_SINGLE"}"""), 403);
        JsonNode update = problem(api.put(viewer, "/api/v1/accounts/" + a.id(),
                update(a.version(), "666666666666", "Renamed", "")), 403);

        assertThat(create.get("detail").asText()).contains("needs a token of scope Operator")
            .contains("this token's scope is Viewer");
        assertThat(update.get("detail").asText()).contains("needs a token of scope Operator");
        assertThat(as(t, Role.ORG_ADMIN, () -> accountService.get(a.id())).name()).isEqualTo("Read me");
    }

    @Test
    void update_saves_the_steps_together_advances_the_wizard_and_records_the_token_in_the_history() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS, "012345678901", "Acme");
        var token = newToken(t, Role.OPERATOR);

        HttpResponse<String> response = api.put(token.secret(), "/api/v1/accounts/" + a.id(), """
                {"version": %d, "partition": "aws", "accountId": "012345678901", "name": "Acme Corp",
                 "method": "DIRECT_MANAGEMENT", "contactEmails": ["cfo@acme.example"], "billingAccessConfirmed": true,
                 "curSettings": {"products": ["COMMITMENT_INSIGHTS"], "createCur": false, "bucket": "acme-cur",
                                 "reportName": "acme-hourly", "prefix": "cur", "bucketRegion": "eu-west-1",
                                 "settingsConfirmed": true},
                 "stackCreated": true,
                 "roleArns": ["arn:aws:iam::012345678901:role/PayerlinkRole"]}""".formatted(a.version()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode saved = api.json(response);
        assertThat(saved.get("name").asText()).isEqualTo("Acme Corp");
        assertThat(saved.get("wizardStep").asInt()).isEqualTo(6);
        assertThat(saved.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(saved.get("version").asInt()).isGreaterThan(a.version());
        assertThat(saved.get("curSettings").get("bucket").asText()).isEqualTo("acme-cur");
        assertThat(saved.get("curSettings").get("bucketRegion").asText()).isEqualTo("eu-west-1");
        assertThat(saved.get("products").toString()).contains("COST_ANALYTICS", "COMMITMENT_INSIGHTS");
        assertThat(saved.get("roleArns").get(0).asText()).isEqualTo("arn:aws:iam::012345678901:role/PayerlinkRole");
        JsonNode history = api.json(api.get(token.secret(), "/api/v1/accounts/" + a.id() + "/history"));
        assertThat(history.get(0).get("actor").asText()).isEqualTo("API token " + token.token().name());
        assertThat(history.toString()).contains("Name: Acme → Acme Corp");
    }

    @Test
    void an_update_refused_in_a_later_step_saves_none_of_its_steps() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS, "012345678901", "Acme");
        String token = token(t, Role.OPERATOR);

        JsonNode problem = problem(api.put(token, "/api/v1/accounts/" + a.id(), """
                {"version": %d, "accountId": "012345678901", "name": "Renamed", "method": "MSP_SINGLE",
                 "curSettings": {"bucket": "Bad_Bucket", "settingsConfirmed": true}}""".formatted(a.version())), 400);

        assertThat(field(problem)).isEqualTo("curSettings.bucket");
        CustomerAccount after = as(t, Role.ORG_ADMIN, () -> accountService.get(a.id()));
        assertThat(after.name()).isEqualTo("Acme");
        assertThat(after.version()).isEqualTo(a.version());
    }

    @Test
    void an_update_with_a_stale_version_answers_409_with_the_current_version() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS, "012345678901", "Acme");
        CustomerAccount changed = as(t, Role.ORG_ADMIN, () -> accountService.savePartition(a.id(), a.version(), Partition.AWS));
        String token = token(t, Role.OPERATOR);

        JsonNode problem = problem(api.put(token, "/api/v1/accounts/" + a.id(),
                update(a.version(), "012345678901", "Mine", "")), 409);
        JsonNode noVersion = problem(api.put(token, "/api/v1/accounts/" + a.id(), """
                {"accountId": "012345678901", "name": "Mine", "method": "MSP_SINGLE"}"""), 400);

        assertThat(problem.get("currentVersion").asInt()).isEqualTo(changed.version());
        assertThat(problem.get("detail").asText()).contains("changed by someone else", "version " + changed.version());
        assertThat(field(noVersion)).isEqualTo("version");
        assertThat(as(t, Role.ORG_ADMIN, () -> accountService.get(a.id())).name()).isEqualTo("Acme");
    }

    @Test
    void the_template_is_yaml_with_the_accounts_external_id() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS, "012345678901", "Acme");

        HttpResponse<String> response = api.get(token(t, Role.VIEWER), "/api/v1/accounts/" + a.id() + "/template");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        assertThat(response.body()).contains("AWSTemplateFormatVersion", a.externalId().value());
    }

    @Test
    void the_quick_create_link_opens_the_console_of_the_accounts_partition() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS_CN, "012345678901", "Acme China");

        JsonNode link = api.json(api.get(token(t, Role.VIEWER), "/api/v1/accounts/" + a.id() + "/quick-create-link"));

        assertThat(link.get("url").asText()).startsWith("https://console.amazonaws.cn/cloudformation/home?region=cn-northwest-1")
            .contains("param_ExternalId=" + a.externalId().value());
        assertThat(link.get("stackName").asText()).isEqualTo("Payerlink-012345678901");
        assertThat(link.get("region").asText()).isEqualTo("cn-northwest-1");
        assertThat(link.get("partition").asText()).isEqualTo("aws-cn");
    }

    @Test
    void an_unknown_path_under_the_api_is_a_404_problem() {
        Tenant t = newTenant();

        JsonNode problem = problem(api.get(token(t, Role.VIEWER), "/api/v1/customers"), 404);

        assertThat(problem.get("detail").asText()).contains("GET /api/v1/customers", "/api/docs");
    }

    @Test
    void a_method_or_body_type_the_path_does_not_take_is_a_405_or_415_problem() {
        Tenant t = newTenant();
        CustomerAccount a = account(t, Partition.AWS, "012345678901", "Acme");
        String token = token(t, Role.OPERATOR);

        HttpResponse<String> delete = api.send(api.request(token, "/api/v1/accounts/" + a.id()).DELETE());
        HttpResponse<String> text = api.send(api.request(token, "/api/v1/accounts")
            .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("Acme")));

        assertThat(problem(delete, 405).get("detail").asText()).contains("DELETE is not possible here", "GET", "PUT");
        assertThat(delete.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "PUT"));
        assertThat(problem(text, 415).get("detail").asText()).contains("Content-Type: application/json");
        assertThat(as(t, Role.ORG_ADMIN, () -> accountService.get(a.id())).name()).isEqualTo("Acme");
    }

    private static String update(int version, String accountId, String name, String extra) {
        return """
                {"version": %d, "accountId": "%s", "name": "%s", "method": "MSP_SINGLE"%s}""".formatted(version,
                accountId, name, extra);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asText();
    }

}
