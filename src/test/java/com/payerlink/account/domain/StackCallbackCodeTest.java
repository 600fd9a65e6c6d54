package com.payerlink.account.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.StackCallbackPython;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template's custom-resource code itself, run by python3 against a stand-in portal and a stand-in ResponseURL:
 * each request type posts the right body, and CloudFormation always gets SUCCESS, also when the portal is down or
 * refuses the report.
 */
class StackCallbackCodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StackCallbackPython python;

    private HttpServer portal;

    private final List<Map<String, Object>> reports = new CopyOnWriteArrayList<>();

    private volatile int portalStatus = 200;

    private volatile String portalAnswer = "{\"message\":\"Role ARN saved for Acme; steps 5–6 done.\"}";

    @BeforeEach
    void start() throws IOException {
        python = new StackCallbackPython();
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/api/v1/cloudformation/callbacks", exchange -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
            body.put("_contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
            reports.add(body);
            byte[] answer = portalAnswer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(portalStatus, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        portal.start();
    }

    @AfterEach
    void stop() {
        portal.stop(0);
        python.close();
    }

    private Map<String, Object> properties(String callbackUrl) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ServiceToken", "arn:aws:lambda:us-east-1:210987654321:function:cb");
        p.put("CallbackUrl", callbackUrl);
        p.put("CallbackSecret", "plcb_secretexample");
        p.put("RoleArn", "arn:aws:iam::210987654321:role/Payerlink-PayerlinkRole-ABC");
        p.put("AccountId", "210987654321");
        p.put("Partition", "aws");
        p.put("Region", "us-east-1");
        p.put("StackId", "arn:aws:cloudformation:us-east-1:210987654321:stack/Payerlink-210987654321/1");
        p.put("StackSet", "false");
        p.put("CreateReport", "LegacyCur");
        p.put("CurBucket", "payerlink-cur-210987654321");
        p.put("ReportName", "payerlink-hourly");
        p.put("ReportPrefix", "cur");
        p.put("BucketRegion", "");
        return p;
    }

    private String portalUrl() {
        return "http://127.0.0.1:" + portal.getAddress().getPort() + "/api/v1/cloudformation/callbacks";
    }

    @ParameterizedTest
    @ValueSource(strings = { "Create", "Update", "Delete" })
    void each_request_type_posts_the_stacks_report_and_answers_cloudformation_success(String type) {
        python.invoke(python.event(type, "req-" + type, properties(portalUrl())));

        assertThat(reports).hasSize(1);
        Map<String, Object> body = reports.get(0);
        assertThat(body).containsEntry("requestType", type).containsEntry("requestId", "req-" + type)
            .containsEntry("secret", "plcb_secretexample")
            .containsEntry("accountId", "210987654321").containsEntry("partition", "aws")
            .containsEntry("region", "us-east-1")
            .containsEntry("stackId", "arn:aws:cloudformation:us-east-1:210987654321:stack/Payerlink-210987654321/1")
            .containsEntry("roleArn", "arn:aws:iam::210987654321:role/Payerlink-PayerlinkRole-ABC")
            .containsEntry("createReport", "LegacyCur").containsEntry("curBucket", "payerlink-cur-210987654321")
            .containsEntry("reportName", "payerlink-hourly").containsEntry("reportPrefix", "cur")
            .containsEntry("stackSet", "false").containsEntry("_contentType", "application/json");
        assertThat(python.answers).hasSize(1);
        Map<String, Object> answer = python.answers.get(0);
        assertThat(answer).containsEntry("_method", "PUT").containsEntry("Status", "SUCCESS")
            .containsEntry("RequestId", "req-" + type).containsEntry("LogicalResourceId", "PayerlinkCallback")
            .containsEntry("PhysicalResourceId", "payerlink-callback-210987654321");
        assertThat((String) answer.get("Reason")).contains("Role ARN saved for Acme");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Create", "Delete" })
    void a_portal_that_is_down_never_fails_or_hangs_the_stack(String type) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        python.invoke(python.event(type, "req-down", properties("http://127.0.0.1:" + closedPort + "/callbacks")));

        assertThat(python.answers).singleElement().satisfies(answer -> {
            assertThat(answer).containsEntry("Status", "SUCCESS");
            assertThat((String) answer.get("Reason")).contains("Payerlink was not reached")
                .contains("The stack reported nothing: paste the role ARN");
        });
    }

    @Test
    void a_refused_report_still_answers_success_with_the_portals_reason() {
        portalStatus = 403;
        portalAnswer = "{\"status\":403,\"detail\":\"This callback secret belongs to AWS account 310987654321\"}";

        python.invoke(python.event("Create", "req-refused", properties(portalUrl())));

        assertThat(python.answers).singleElement().satisfies(answer -> {
            assertThat(answer).containsEntry("Status", "SUCCESS");
            assertThat((String) answer.get("Reason")).contains("HTTP 403")
                .contains("belongs to AWS account 310987654321");
        });
    }

    @Test
    void the_code_uses_the_standard_library_only_and_fits_an_inline_zipfile() {
        String code = StackCallbackPython.inlineCode();
        assertThat(code.length()).isLessThan(4096);
        assertThat(code.lines().filter(l -> l.startsWith("import ") || l.startsWith("from ")))
            .containsOnly("import json", "import urllib.error", "import urllib.request");
    }

}
