package com.payerlink.api.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/** What the OpenAPI document says about the API as a whole: its name, and that every call carries a bearer token. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Payerlink API", version = "v1",
        description = "Onboard and follow your customers' AWS accounts from scripts. Every call carries an API token"
                + " (Authorization: Bearer pl_…) that an org admin creates under API tokens in the portal; a token acts"
                + " for its tenant with its role (Operator: read and write; Viewer: read only). Errors are RFC 9457"
                + " problem details (application/problem+json); input errors list the fields in \"errors\"."),
        security = @SecurityRequirement(name = OpenApiConfiguration.BEARER))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token: pl_ followed by 43 characters")
class OpenApiConfiguration {

    static final String BEARER = "apiToken";

    private static final String PROBLEM_DETAIL = ProblemDetail.class.getSimpleName();

    /**
     * Every call can meet 401 and 429, so the document names them once for all operations; and every error
     * answer is a problem detail, so the controllers name only an error's status and cause.
     */
    @Bean
    OpenApiCustomizer answersOfEveryCall() {
        return openApi -> {
            Components components = openApi.getComponents();
            if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_DETAIL)) {
                components.addSchemas(PROBLEM_DETAIL, problemDetailSchema());
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses answers = operation.getResponses();
                answers.addApiResponse("401", problem("No token, or an unknown, revoked or expired one"));
                answers.addApiResponse("429", problem("The token's rate limit is spent; see Retry-After"));
                // springdoc fills a bodiless annotated answer with the return type; an error answer is a problem
                answers.forEach((status, answer) -> {
                    if (status.startsWith("4")) {
                        answer.content(problemContent());
                    }
                });
            }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_DETAIL)));
    }

    private static Schema<?> problemDetailSchema() {
        return ModelConverters.getInstance().read(ProblemDetail.class).get(PROBLEM_DETAIL);
    }

}
