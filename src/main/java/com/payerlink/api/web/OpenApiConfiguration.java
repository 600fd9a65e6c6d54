package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

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

}
