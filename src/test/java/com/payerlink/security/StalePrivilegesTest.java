package com.payerlink.security;

import com.payerlink.IntegrationTest;
import com.payerlink.api.domain.ApiTokenCheck;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.api.domain.CreatedApiToken;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.tenant.domain.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.payerlink.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threat: a user whose access was taken away keeps using a session (an open tab) or an API token made before.
 * Disabling a user, changing their role or removing them ends their sessions at once; their next request is
 * refused and sent to the login view. A token stops when its creator may no longer hand out its rights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StalePrivilegesTest extends IntegrationTest {

    /** The page's {@code <meta name="_csrf" content="…">}, which the login form posts along, as Vaadin's does. */
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserService userService;

    @Autowired
    ApiTokenService tokenService;

    @Test
    void disabling_an_operator_ends_the_operators_session_at_once() throws Exception {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        HttpClient session = signIn(operator.email());
        assertSignedIn(session);

        signedInAs(adminEmail(t), () -> userService.setEnabled(operator.id(), operator.version(), false));

        assertSentToLogin(session);
    }

    @Test
    void changing_a_users_role_ends_the_users_session_at_once() throws Exception {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        HttpClient session = signIn(operator.email());
        assertSignedIn(session);

        signedInAs(adminEmail(t), () -> userService.changeRole(operator.id(), operator.version(), Role.VIEWER));

        assertSentToLogin(session);
    }

    @Test
    void removing_a_user_ends_the_users_session_at_once() throws Exception {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        HttpClient session = signIn(operator.email());
        assertSignedIn(session);

        asPlatform(() -> dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(operator.id())).execute());

        assertSentToLogin(session);
    }

    @Test
    void a_change_to_another_user_leaves_a_session_alone() throws Exception {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        UserAccount viewer = newUser(t, Role.VIEWER);
        HttpClient session = signIn(operator.email());

        signedInAs(adminEmail(t), () -> userService.setEnabled(viewer.id(), viewer.version(), false));

        assertSignedIn(session);
    }

    @Test
    void an_api_token_stops_working_when_its_creator_is_disabled() {
        Tenant t = newTenant();
        UserAccount creator = newUser(t, Role.ORG_ADMIN);
        CreatedApiToken token = signedInAs(creator.email(),
                () -> tokenService.create(new NewApiToken("pipeline " + UUID.randomUUID(), Role.OPERATOR, null)));
        assertThat(tokenService.check(token.secret()).outcome()).isEqualTo(ApiTokenCheck.Outcome.VALID);

        signedInAs(adminEmail(t), () -> userService.setEnabled(creator.id(), creator.version(), false));

        assertThat(tokenService.check(token.secret()).outcome()).isNotEqualTo(ApiTokenCheck.Outcome.VALID);
    }

    @Test
    void an_api_token_stops_working_when_its_creator_is_no_longer_org_admin() {
        Tenant t = newTenant();
        UserAccount creator = newUser(t, Role.ORG_ADMIN);
        CreatedApiToken token = signedInAs(creator.email(),
                () -> tokenService.create(new NewApiToken("pipeline " + UUID.randomUUID(), Role.OPERATOR, null)));

        signedInAs(adminEmail(t), () -> userService.changeRole(creator.id(), creator.version(), Role.VIEWER));

        assertThat(tokenService.check(token.secret()).outcome()).isNotEqualTo(ApiTokenCheck.Outcome.VALID);
    }

    /** Signs in through the login form, as a browser does; the returned client keeps the session cookie. */
    private HttpClient signIn(String email) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(url("login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF_META.matcher(loginPage);
        assertThat(csrf.find()).as("the login page carries its CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(url("login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location")).as("signed in").hasValue(url("").toString());
        return browser;
    }

    private void assertSignedIn(HttpClient session) throws IOException, InterruptedException {
        HttpResponse<Void> response = session.send(HttpRequest.newBuilder(url("")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("the session's next request is let through").isEqualTo(200);
    }

    private void assertSentToLogin(HttpClient session) throws IOException, InterruptedException {
        HttpResponse<Void> response = session.send(HttpRequest.newBuilder(url("")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("the session's next request").isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("login").toString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

}
