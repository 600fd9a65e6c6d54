package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal serves an OpenAPI document of the API, and it describes every endpoint the API has. */
class OpenApiDocumentTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_openapi_document_lists_every_endpoint_of_the_api() {
        HttpResponse<String> response = api.get(null, "/api/v1/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = api.json(response);

        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().fieldNames()
            .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(documented).containsExactlyInAnyOrder(
                "GET /api/v1/accounts",
                "POST /api/v1/accounts",
                "GET /api/v1/accounts/{id}",
                "PUT /api/v1/accounts/{id}",
                "GET /api/v1/accounts/{id}/template",
                "GET /api/v1/accounts/{id}/quick-create-link",
                "GET /api/v1/accounts/{id}/history",
                "POST /api/v1/accounts/{id}/disconnection",
                "POST /api/v1/accounts/{id}/reconnection",
                "POST /api/v1/accounts/import",
                "POST /api/v1/accounts/registrations",
                "POST /api/v1/verifications",
                "GET /api/v1/verifications/{batchId}",
                "GET /api/v1/tickets",
                "POST /api/v1/tickets",
                "GET /api/v1/tickets/{id}",
                "POST /api/v1/cloudformation/callbacks");
        // a stack's report carries its callback secret, no API token
        assertThat(document.at("/paths/~1api~1v1~1cloudformation~1callbacks/post/security").isArray()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1cloudformation~1callbacks/post/security")).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1accounts~1import/post/requestBody/content").fieldNames())
            .toIterable().contains("text/csv", "multipart/form-data");
        assertThat(documented).containsAll(endpointsServed());
        assertThat(document.at("/components/securitySchemes/apiToken/scheme").asText()).isEqualTo("bearer");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
            assertThat(operation.getValue().get("responses").fieldNames()).toIterable()
                .as("answers of %s %s", operation.getKey(), path.getKey()).contains("401", "429")));
        assertThat(document.at("/components/schemas/ProblemDetail").isMissingNode()).isFalse();
    }

    @Test
    void every_endpoint_says_which_token_scope_it_needs() {
        JsonNode document = api.json(api.get(null, "/api/v1/openapi"));

        Map<String, String> scopes = new TreeMap<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!path.getKey().equals(CloudFormationCallbacksController.PATH)) {
                String where = operation.getKey() + " " + path.getKey();
                scopes.put(where, operation.getValue().path(TokenScopes.EXTENSION).asText());
                assertThat(operation.getValue().get("description").asText()).as(where).startsWith("**Token scope: ");
                assertThat(operation.getValue().at("/responses/403").isMissingNode()).as(where).isFalse();
            }
        }));

        assertThat(scopes.values()).as("scopes %s", scopes).allSatisfy(
                scope -> assertThat(scope).isIn("VIEWER", "OPERATOR", "ORG_ADMIN"));
        assertThat(scopes).containsEntry("post /api/v1/accounts/{id}/disconnection", "ORG_ADMIN")
            .containsEntry("post /api/v1/accounts/registrations", "ORG_ADMIN")
            .containsEntry("post /api/v1/accounts/{id}/reconnection", "OPERATOR")
            .containsEntry("put /api/v1/accounts/{id}", "OPERATOR")
            .containsEntry("get /api/v1/accounts", "VIEWER")
            .containsEntry("get /api/v1/verifications/{batchId}", "VIEWER");
        assertThat(document.at("/paths/~1api~1v1~1accounts~1{id}~1disconnection/post/description").asText())
            .startsWith("**Token scope: Org admin");
    }

    @Test
    void every_error_answer_is_a_problem_detail() {
        JsonNode document = api.json(api.get(null, "/api/v1/openapi"));

        List<String> errorAnswers = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
            operation.getValue().get("responses").properties().stream().filter(answer -> answer.getKey().startsWith("4"))
                .forEach(answer -> {
                    errorAnswers.add(operation.getKey() + " " + path.getKey() + " " + answer.getKey());
                    assertThat(answer.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                        .as("body of %s %s %s", operation.getKey(), path.getKey(), answer.getKey())
                        .isEqualTo("#/components/schemas/ProblemDetail");
                })));
        assertThat(errorAnswers).contains("get /api/v1/accounts/{id} 404", "put /api/v1/accounts/{id} 409",
                "post /api/v1/accounts/import 400", "get /api/v1/tickets 400");
        assertThat(document.at("/components/schemas/ProblemDetail/properties/detail").isMissingNode()).isFalse();
    }

    /** Every method and path that the API's controllers map, so a new endpoint cannot be left out of the document. */
    private Set<String> endpointsServed() {
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Class<?> controller = e.getValue().getBeanType();
            if (!controller.getPackageName().startsWith("com.payerlink.api") || controller.isAnnotationPresent(Hidden.class)) {
                continue;
            }
            for (String path : e.getKey().getPatternValues()) {
                for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                    served.add(method.name() + " " + path);
                }
            }
        }
        assertThat(served).isNotEmpty();
        return served;
    }

}
