package com.payerlink.cloudformation.web;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published templates at their stable public URLs (no sign-in, ETag, 304), an account's download against them,
 * and the quick-create link carrying every step-4 value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishedTemplatesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountTemplates templates;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "payerlink-aws.yaml", "payerlink-aws-cn.yaml", "payerlink-aws-stackset.yaml",
            "payerlink-aws-cn-stackset.yaml" })
    void each_published_template_is_open_to_all_with_an_etag(String file) throws Exception {
        HttpResponse<String> response = get("/cloudformation/" + file, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        Map<String, Object> template = new Yaml().load(response.body());
        assertThat(template).containsKeys("Parameters", "Resources");
        assertThat(response.body()).contains(file.contains("-cn") ? "999988886666" : "999988887777");

        HttpResponse<String> again = get("/cloudformation/" + file, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/cloudformation/" + file, "\"stale\"").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_template_is_not_found() throws Exception {
        assertThat(get("/cloudformation/payerlink-aws-us-gov.yaml", null).statusCode()).isEqualTo(404);
    }

    private CustomerAccount account(Tenant t) {
        return as(t, Role.OPERATOR, () -> {
            CustomerAccount a = accounts.create(Partition.AWS, new AccountDetails("210987654399", "Acme",
                    ConnectionMethod.MSP_SINGLE, "ops@acme.example"));
            a = accounts.confirmBillingAccess(a.id(), a.version(), true);
            return accounts.saveCurSettings(a.id(), a.version(), CurSettings.typed(
                    Set.of(Product.COST_ANALYTICS, Product.ORGANIZATION_DISCOVERY), false, "acme-cur", "acme-hourly",
                    "reports/acme", "eu-west-1", true));
        });
    }

    @Test
    void the_quick_create_link_carries_every_step_4_value_and_the_callback() {
        Tenant t = newTenant();
        CustomerAccount a = account(t);

        URI link = as(t, Role.VIEWER, () -> templates.quickCreateLink(a.id()));

        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : link.getFragment().substring(link.getFragment().indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(params).containsEntry("templateURL", "https://templates.payerlink.test/cloudformation/payerlink-role.yaml")
            .containsEntry("stackName", "Payerlink-210987654399")
            .containsEntry("param_ExternalId", a.externalId().value())
            .containsEntry("param_ProductCommitmentInsights", "false")
            .containsEntry("param_ProductOrganizationDiscovery", "true")
            .containsEntry("param_CreateReport", "No")
            .containsEntry("param_CurBucket", "acme-cur")
            .containsEntry("param_ReportName", "acme-hourly")
            .containsEntry("param_ReportPrefix", "reports/acme")
            .containsEntry("param_BucketRegion", "eu-west-1")
            .containsEntry("param_CallbackUrl", "http://localhost:8080/api/v1/cloudformation/callbacks");
        assertThat(params.get("param_CallbackSecret")).matches("plcb_[A-Za-z0-9_-]{43}");
        // the same secret every time: the link and the download name one secret
        assertThat(as(t, Role.OPERATOR, () -> templates.template(a.id()))).contains(params.get("param_CallbackSecret"));
        assertThat(as(t, Role.OPERATOR, () -> templates.quickCreateLink(a.id()))).isEqualTo(link);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_accounts_download_is_the_published_template_with_its_values_as_defaults() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = account(t);
        Map<String, Object> download = new Yaml().load(as(t, Role.OPERATOR, () -> templates.template(a.id())));
        Map<String, Object> published = new Yaml().load(get("/cloudformation/payerlink-aws.yaml", null).body());

        Map<String, Map<String, Object>> parameters = (Map<String, Map<String, Object>>) download.get("Parameters");
        assertThat(parameters.get("ExternalId")).containsEntry("Default", a.externalId().value());
        assertThat(parameters.get("CurBucket")).containsEntry("Default", "acme-cur");
        parameters.values().forEach(p -> p.remove("Default"));
        ((Map<String, Map<String, Object>>) published.get("Parameters")).values().forEach(p -> p.remove("Default"));
        assertThat(download).isEqualTo(published);
    }

}
