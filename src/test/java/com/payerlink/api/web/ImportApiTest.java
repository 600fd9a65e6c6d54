package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV import over real HTTP: dry run, apply, re-apply, refusals and limits (the import's limit is 512 KB here). */
class ImportApiTest extends ApiTest {

    private static final String IMPORT = "/api/v1/accounts/import";

    private static final String FILE = """
            account_id,name,partition,contact_emails
            111111111111,Acme Retail,aws,ops@acme.example
            222222222222,Globex,aws-cn,
            """;

    @Test
    void a_dry_run_writes_nothing_and_apply_then_apply_again_leaves_every_line_unchanged() {
        Tenant t = newTenant();
        account(t, Partition.AWS, "333333333333", "Initech");
        String token = token(t, Role.OPERATOR);
        String file = FILE + "333333333333,Initech Group,aws,\n";

        HttpResponse<String> dryRun = api.postCsv(token, IMPORT + "?dryRun=true&fileName=customers.csv", file);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        JsonNode preview = api.json(dryRun);
        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.get("applied").asBoolean()).isFalse();
        assertThat(preview.get("fileName").asText()).isEqualTo("customers.csv");
        assertThat(preview.get("rowCount").asInt()).isEqualTo(3);
        assertThat(preview.at("/totals/NEW").asInt()).isEqualTo(2);
        assertThat(preview.at("/totals/UPDATE").asInt()).isEqualTo(1);
        assertThat(preview.at("/rows/2/status").asText()).isEqualTo("UPDATE");
        assertThat(preview.at("/rows/2/line").asInt()).isEqualTo(4);
        assertThat(preview.at("/rows/2/changes").asText()).contains("Initech → Initech Group");
        assertThat(preview.get("rowsTruncated").asBoolean()).isFalse();
        assertThat(names(t)).containsExactly("Initech");

        JsonNode applied = api.json(api.postCsv(token, IMPORT + "?fileName=customers.csv", file));

        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(applied.get("importId").asText()).isNotBlank();
        assertThat(applied.get("summary").asText()).isEqualTo("2 new, 1 updated, 0 unchanged.");
        assertThat(names(t)).containsExactly("Acme Retail", "Globex", "Initech Group");
        JsonNode listed = api.json(api.get(token, "/api/v1/accounts?partition=aws-cn"));
        assertThat(listed.at("/items/0/name").asText()).isEqualTo("Globex");

        HttpResponse<String> again = api.postCsv(token, IMPORT + "?fileName=customers.csv", file);

        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode unchanged = api.json(again);
        assertThat(unchanged.get("applied").asBoolean()).isFalse();
        assertThat(unchanged.get("importId").isNull()).isTrue();
        assertThat(unchanged.at("/totals/UNCHANGED").asInt()).isEqualTo(3);
        assertThat(unchanged.get("summary").asText()).contains("nothing was written");
        assertThat(as(t, Role.ORG_ADMIN, () -> accountService.history(accountIdOf(t, "Globex")))).hasSize(1);
    }

    @Test
    void a_file_with_errors_is_previewed_with_its_errors_and_refused_with_422_on_apply() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);
        String file = FILE + "12345,Too Short,aws,\n";

        JsonNode preview = api.json(api.postCsv(token, IMPORT + "?dryRun=true", file));
        assertThat(preview.at("/totals/ERROR").asInt()).isEqualTo(1);
        assertThat(preview.at("/rows/2/status").asText()).isEqualTo("ERROR");
        assertThat(preview.at("/rows/2/errors/0/line").asInt()).isEqualTo(4);
        assertThat(preview.at("/rows/2/errors/0/column").asText()).isEqualTo("account_id");
        assertThat(preview.at("/rows/2/errors/0/value").asText()).isEqualTo("12345");
        assertThat(preview.get("summary").asText()).contains("Fix the lines with errors");

        JsonNode refused = problem(api.postCsv(token, IMPORT, file), 422);

        assertThat(refused.get("detail").asText()).contains("1 line has an error", "nothing was written");
        assertThat(refused.get("errorCount").asInt()).isEqualTo(1);
        assertThat(refused.at("/errors/0/line").asInt()).isEqualTo(4);
        assertThat(refused.at("/errors/0/column").asText()).isEqualTo("account_id");
        assertThat(refused.at("/errors/0/message").asText()).isNotBlank();
        assertThat(names(t)).isEmpty();
    }

    @Test
    void a_file_that_is_no_account_list_is_422_saying_why() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);

        JsonNode problem = problem(api.postCsv(token, IMPORT + "?dryRun=true", "first,second\n1,2\n"), 422);

        assertThat(problem.get("detail").asText()).contains("Nothing was written");
        assertThat(problem.at("/errors/0/message").asText()).isNotBlank();
    }

    @Test
    void pad_ids_repairs_account_ids_that_lost_their_leading_zeros() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);
        String file = "account_id,name\n12345678901,Zeroes Inc\n";

        JsonNode preview = api.json(api.postCsv(token, IMPORT + "?dryRun=true", file));
        assertThat(preview.get("paddable").asInt()).isEqualTo(1);
        assertThat(preview.get("summary").asText()).contains("send padIds=true");
        assertThat(problem(api.postCsv(token, IMPORT, file), 422).get("detail").asText()).contains("send padIds=true");
        JsonNode padded = api.json(api.postCsv(token, IMPORT + "?padIds=true", file));

        assertThat(padded.get("applied").asBoolean()).isTrue();
        assertThat(padded.at("/rows/0/accountId").asText()).isEqualTo("012345678901");
        assertThat(padded.at("/rows/0/padded").asBoolean()).isTrue();
    }

    @Test
    void a_multipart_upload_imports_like_a_csv_body_under_its_own_file_name() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);

        HttpResponse<String> response = api.postFile(token, IMPORT, "from-excel.csv", FILE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.json(response).get("fileName").asText()).isEqualTo("from-excel.csv");
        assertThat(names(t)).containsExactly("Acme Retail", "Globex");
        HttpResponse<String> noFile = api.send(api.request(token, IMPORT)
            .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));
        problem(noFile, 400);
    }

    @Test
    void the_import_takes_files_over_the_apis_limit_and_refuses_files_over_its_own_with_413() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);
        String overApiLimit = rows(3_000);   // about 100 KB: more than the API's 64 KB, less than the import's 512 KB
        String overImportLimit = rows(20_000); // about 700 KB

        HttpResponse<String> accepted = api.postCsv(token, IMPORT + "?dryRun=true", overApiLimit);
        JsonNode announced = problem(api.postCsv(token, IMPORT + "?dryRun=true", overImportLimit), 413);
        HttpResponse<String> chunked = api.send(api.request(token, IMPORT + "?dryRun=true")
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(overImportLimit.getBytes(StandardCharsets.UTF_8)))));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(api.json(accepted).get("rowCount").asInt()).isEqualTo(3_000);
        assertThat(api.json(accepted).get("rows").size()).isEqualTo(AccountImportController.MAX_ROWS);
        assertThat(api.json(accepted).get("rowsTruncated").asBoolean()).isTrue();
        assertThat(announced.get("detail").asText()).contains("512 KiB", "Split the account list");
        assertThat(problem(chunked, 413).get("detail").asText()).contains("Split the account list");
        // other endpoints keep the API's own limit
        problem(api.post(token, "/api/v1/accounts", "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}"), 413);
    }

    @Test
    void a_viewer_token_may_not_import_nor_preview_and_json_is_refused_with_a_fix() {
        Tenant t = newTenant();

        problem(api.postCsv(token(t, Role.VIEWER), IMPORT, FILE), 403);
        problem(api.postCsv(token(t, Role.VIEWER), IMPORT + "?dryRun=true", FILE), 403);
        JsonNode json = problem(api.post(token(t, Role.OPERATOR), IMPORT, "{}"), 415);

        assertThat(json.get("detail").asText()).contains("Content-Type: text/csv");
        assertThat(names(t)).isEmpty();
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder("account_id,name\n");
        for (int i = 0; i < count; i++) {
            csv.append(String.format("%012d", 500_000_000_000L + i)).append(",Customer number ").append(i).append('\n');
        }
        return csv.toString();
    }

    private List<String> names(Tenant t) {
        List<String> names = new ArrayList<>();
        as(t, Role.ORG_ADMIN, () -> accountService.matching(AccountQuery.all()).page(0, 100)).forEach(a -> names.add(a.name()));
        return names;
    }

    private java.util.UUID accountIdOf(Tenant t, String name) {
        return as(t, Role.ORG_ADMIN, () -> accountService.matching(AccountQuery.all().withSearch(name)).page(0, 1)).get(0).id();
    }

}
