package com.payerlink.api.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import io.swagger.v3.oas.models.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The token scopes of the endpoints ({@link TokenScope}): a token whose scope is too narrow gets a 403 that names the
 * scope needed, before the endpoint runs; and each operation of the OpenAPI document says its scope, in its
 * description and as {@code x-token-scope}.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TokenScopes implements WebMvcConfigurer {

    /** The OpenAPI extension that names an operation's scope. */
    static final String EXTENSION = "x-token-scope";

    private final ObjectMapper json;

    /** Whether a token of the given scope may call an endpoint that needs {@code needed}. */
    static boolean allows(@Nullable Role scope, Role needed) {
        return scope != null && switch (needed) {
            case VIEWER -> Roles.READERS.contains(scope);
            case OPERATOR -> Roles.EDITORS.contains(scope);
            default -> scope == needed;
        };
    }

    /** What a token of the scope may do, in the words of the token dialog. */
    static String describe(Role scope) {
        return switch (scope) {
            case ORG_ADMIN -> "Org admin (reads, changes accounts, registers and disconnects connections)";
            case OPERATOR -> "Operator (reads and changes accounts)";
            default -> "Viewer (only reads)";
        };
    }

    static @Nullable Role neededBy(HandlerMethod method) {
        TokenScope scope = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), TokenScope.class);
        if (scope == null) {
            scope = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), TokenScope.class);
        }
        return scope == null ? null : scope.value();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {

            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws java.io.IOException {
                Role needed = handler instanceof HandlerMethod m ? neededBy(m) : null;
                Role scope = CurrentScope.get().role();
                if (needed == null || allows(scope, needed)) {
                    return true;
                }
                ApiProblems.write(request, response, json, ApiProblems.problem(HttpStatus.FORBIDDEN, "This needs a"
                        + " token of scope " + describe(needed) + "; this token's scope is "
                        + (scope == null ? "none" : describe(scope)) + ". An org admin creates a token of that scope"
                        + " under API tokens in the portal."));
                return false;
            }

        }).addPathPatterns("/api/v1/**");
    }

    @Bean
    OperationCustomizer tokenScopeOfEachOperation() {
        return (Operation operation, HandlerMethod method) -> {
            Role needed = neededBy(method);
            if (needed != null) {
                operation.addExtension(EXTENSION, needed.name());
                String description = operation.getDescription() == null ? "" : " " + operation.getDescription();
                operation.setDescription("**Token scope: " + describe(needed) + ".**" + description);
                operation.getResponses().computeIfAbsent("403", status -> new io.swagger.v3.oas.models.responses
                    .ApiResponse().description("The token's scope is narrower than " + needed.label()));
            }
            return operation;
        };
    }

}
