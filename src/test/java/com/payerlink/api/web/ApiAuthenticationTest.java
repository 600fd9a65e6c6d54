package com.payerlink.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.payerlink.RateLimitWindow;
import com.payerlink.TestDatabase;
import com.payerlink.api.domain.CreatedApiToken;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.tenant.domain.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may call the API, and how often and how much: tokens, their failures, rate and size limits. */
class ApiAuthenticationTest extends ApiTest {

    @Autowired
    UserService userService;


    @Test
    void a_request_without_a_token_is_refused_with_a_401_problem() {
        HttpResponse<String> response = api.get(null, "/api/v1/accounts");

        JsonNode problem = problem(response, 401);
        assertThat(problem.get("detail").asText()).contains("Authorization: Bearer");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/accounts");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void an_unknown_token_and_a_header_that_is_no_bearer_token_are_refused() {
        String wellFormedButUnknown = "pl_" + "A".repeat(43);

        assertThat(problem(api.get(wellFormedButUnknown, "/api/v1/accounts"), 401).get("detail").asText())
            .contains("not known");
        assertThat(problem(api.get("secret", "/api/v1/accounts"), 401).get("detail").asText()).contains("not known");
        HttpResponse<String> basic = api.send(api.request(null, "/api/v1/accounts").header("Authorization", "Basic YTpi"));
        assertThat(problem(basic, 401).get("detail").asText()).contains("Bearer <token>");
    }

    @Test
    void a_revoked_token_is_refused_from_its_next_request_on() {
        Tenant t = newTenant();
        CreatedApiToken token = newToken(t, Role.OPERATOR);
        assertThat(api.get(token.secret(), "/api/v1/accounts").statusCode()).isEqualTo(200);

        as(t, Role.ORG_ADMIN, () -> tokenService.revoke(token.token().id()));

        assertThat(problem(api.get(token.secret(), "/api/v1/accounts"), 401).get("detail").asText())
            .contains("was revoked on").contains(token.token().name());
    }

    @Test
    void an_expired_token_is_refused() throws SQLException {
        Tenant t = newTenant();
        CreatedApiToken token = newToken(t, Role.VIEWER);
        expire(token);

        assertThat(problem(api.get(token.secret(), "/api/v1/accounts"), 401).get("detail").asText())
            .contains("expired on");
    }

    @Test
    void a_used_token_shows_when_it_was_last_used() {
        Tenant t = newTenant();
        CreatedApiToken token = newToken(t, Role.VIEWER);
        assertThat(lastUsed(t, token)).isNull();

        api.get(token.secret(), "/api/v1/accounts");

        assertThat(lastUsed(t, token)).isNotNull();
    }

    @Test
    void an_org_admin_token_stops_working_when_its_creator_is_no_longer_org_admin() {
        Tenant t = newTenant();
        UserAccount creator = newUser(t, Role.ORG_ADMIN);
        CreatedApiToken token = newToken(t, Role.ORG_ADMIN, creator.id());
        assertThat(api.get(token.secret(), "/api/v1/accounts?size=1").statusCode()).isEqualTo(200);

        as(t, Role.ORG_ADMIN, () -> userService.changeRole(creator.id(), creator.version(), Role.OPERATOR));

        JsonNode refused = problem(api.get(token.secret(), "/api/v1/accounts?size=1"), 401);
        assertThat(refused.get("detail").asText()).contains("is no longer org admin");
    }

    @Test
    void only_an_org_admin_creates_an_org_admin_token() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);

        assertThatThrownBy(() -> CurrentScope.callAs(new DatabaseScope(t.id(), Role.OPERATOR, operator.id()),
                () -> tokenService.create(new NewApiToken("mine", Role.ORG_ADMIN, null))))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_token_over_its_rate_limit_gets_429_with_retry_after_while_other_tokens_go_on() {
        Tenant t = newTenant();
        String busy = token(t, Role.VIEWER);
        String other = token(t, Role.VIEWER);
        int allowed = 0;
        // the limit counts per calendar minute: the burst stays within one
        RateLimitWindow.awaitRoomInMinute(Duration.ofSeconds(20));
        HttpResponse<String> last = api.get(busy, "/api/v1/accounts?size=1");
        while (last.statusCode() == 200 && allowed < 80) {
            allowed++;
            last = api.get(busy, "/api/v1/accounts?size=1");
        }

        assertThat(allowed).isEqualTo(40);
        assertThat(problem(last, 429).get("detail").asText()).contains("more than 40 requests in a minute");
        // until the next minute starts
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(api.get(other, "/api/v1/accounts?size=1").statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413_whether_its_length_is_announced_or_not() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);
        String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";

        JsonNode announced = problem(api.post(token, "/api/v1/accounts", big), 413);
        HttpResponse<String> chunked = api.send(api.request(token, "/api/v1/accounts")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));

        assertThat(announced.get("detail").asText()).contains("64 KiB");
        assertThat(problem(chunked, 413).get("detail").asText()).contains("64 KiB");
    }

    @Test
    void the_swagger_ui_is_open_without_login_and_the_portal_still_asks_browsers_to_sign_in() {
        HttpResponse<String> docs = api.get(null, "/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        String ui = docs.headers().firstValue("Location").orElseThrow();
        assertThat(ui).endsWith("/api/swagger-ui/index.html");

        HttpResponse<String> page = api.send(api.request(null, "/api/swagger-ui/index.html"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
        assertThat(api.get(null, "/api/swagger-ui/swagger-initializer.js").body()).contains("/api/v1/openapi");

        HttpResponse<String> portal = api.get(null, "/accounts");
        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void an_api_token_does_not_open_the_portals_views() {
        Tenant t = newTenant();
        String token = token(t, Role.OPERATOR);

        HttpResponse<String> portal = api.get(token, "/accounts");

        assertThat(portal.statusCode()).isEqualTo(302);
        assertThat(portal.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private OffsetDateTime lastUsed(Tenant t, CreatedApiToken token) {
        return as(t, Role.ORG_ADMIN, () -> tokenService.tokensOfMyTenant()).stream()
            .filter(k -> k.id().equals(token.token().id())).findFirst().orElseThrow().lastUsedAt();
    }

    /** Moves the token's expiry into the past, as the owner of the table (the portal cannot). */
    private static void expire(CreatedApiToken token) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection owner = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement update = owner.prepareStatement(
                     "update api_token set expires_at = now() - interval '1 hour' where id = ?")) {
            update.setObject(1, token.token().id());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

}
