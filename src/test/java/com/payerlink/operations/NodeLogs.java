package com.payerlink.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.TestDatabase;
import com.payerlink.tenant.domain.Tenant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a portal node with JSON logs wrote to its console, as a log shipper reads it. */
final class NodeLogs {

    private NodeLogs() {
    }

    /**
     * Every line is one JSON object; the request and job lines carry their ids; none holds a secret, though the node
     * logged request headers and AWS traffic (so there was something to redact).
     */
    static void assertJsonWithoutSecrets(List<String> log, Tenant tenant, String token, String externalId)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = log.stream().filter(l -> !l.isBlank()).toList();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.isObject()).as("one JSON object per line: %s", line).isTrue();
            entries.add(entry);
        }
        String all = String.join("\n", lines);

        // the loggers did write the traffic, so there was something to redact
        assertThat(all).contains("AssumeRole", "/api/v1/accounts/import", "[redacted]");
        // the API request's lines after sign-in name the request and the token's tenant, its bearer header redacted
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("message").asText()).contains("/api/v1/accounts/import", "Bearer [redacted]");
            assertThat(e.path("requestId").asText()).isNotBlank();
            assertThat(e.path("tenantId").asText()).isEqualTo(tenant.id().toString());
        });
        // so do the verification job's lines (no request)
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("log").path("logger").asText()).startsWith("org.apache.http");
            assertThat(e.path("tenantId").asText()).isEqualTo(tenant.id().toString());
        });
        assertThat(all).doesNotContain(token, token.substring(3), externalId, "wrong-password",
                "AKIAPLATFORMEXAMPLE1", "platformSecretExample", "ASIAASSUMEDROLEKEY01",
                "assumedSecretKey0123456789012345678901", "FwoGZXIvYXdzEXAMPLETOKEN", TestDatabase.get().portalPassword());
    }

}
