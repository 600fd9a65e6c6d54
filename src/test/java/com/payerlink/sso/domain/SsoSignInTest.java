package com.payerlink.sso.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SecondFactorGate;
import com.payerlink.core.security.SignInDetails;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.core.Base32;
import com.payerlink.twofactor.domain.Enrolment;
import com.payerlink.twofactor.domain.Totp;
import com.payerlink.twofactor.domain.TwoFactorService;
import com.payerlink.sso.CodeFlow;
import com.payerlink.sso.IdentityProvider;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.payerlink.db.Tables.APP_USER;
import static com.payerlink.db.Tables.AUDIT_LOG;
import static com.payerlink.sso.IdentityProvider.domainOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * The whole authorization code flow over HTTP, against a real OpenID Connect provider: the e-mail's domain picks the
 * tenant, the provider signs the user in, the portal creates or matches the user within that tenant only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SsoSignInTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SsoProviderService providers;

    @Autowired
    SsoSignIn ssoSignIn;

    @Autowired
    DSLContext dsl;

    @Autowired
    MockMvc mvc;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    SecondFactorGate secondFactor;

    @Autowired
    SignInDirectory signInDirectory;

    final IdentityProvider idp = IdentityProvider.shared();

    @Test
    void a_new_user_of_an_allowed_domain_is_created_with_the_tenants_role_and_signed_in() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.OPERATOR, false);
        String email = "nora-" + UUID.randomUUID() + "@" + domainOf(t);
        idp.nextSignInIs(t, email, "Nora New");
        CodeFlow browser = new CodeFlow(port);

        String landing = browser.signIn(ssoSignIn.start(email.toUpperCase()));

        assertThat(landing).isEqualTo("/");
        assertThat(browser.status("/")).as("the session is signed in").isEqualTo(200);
        assertThat(browser.visited.get(1).toString()).as("the provider's login is told the address")
            .startsWith(idp.issuer(t) + "/authorize").contains("login_hint=" + email);
        AppUserRecord user = userOf(t, email);
        assertThat(user.getTenantId()).isEqualTo(t.id());
        assertThat(user.getRole()).isEqualTo(Role.OPERATOR.name());
        assertThat(user.getDisplayName()).isEqualTo("Nora New");
        assertThat(auditOf(t)).contains("SSO_SETTINGS_CHANGED", "SSO_USER_CREATED", "SSO_SIGN_IN");
    }

    @Test
    void a_returning_user_is_matched_by_e_mail_and_keeps_their_role() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.VIEWER, false);
        idp.nextSignInIs(t, adminEmail(t), "Admin by SSO");

        String landing = new CodeFlow(port).signIn(ssoSignIn.start(adminEmail(t)));

        assertThat(landing).isEqualTo("/");
        assertThat(userOf(t, adminEmail(t)).getRole()).isEqualTo(Role.ORG_ADMIN.name());
        assertThat(auditOf(t)).contains("SSO_SIGN_IN").doesNotContain("SSO_USER_CREATED");
    }

    @Test
    void an_id_token_for_a_domain_of_tenant_a_never_signs_into_tenant_b() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        idp.configure(providers, a, domainOf(a), Role.ORG_ADMIN, false);
        idp.configure(providers, b, domainOf(b), Role.ORG_ADMIN, false);
        String email = "mallory-" + UUID.randomUUID() + "@" + domainOf(a);
        // B's provider vouches for an address of A's domain, and the sign-in goes through B's registration
        idp.nextSignInIs(b, email, "Mallory");

        String landing = new CodeFlow(port).signIn(ssoSignIn.start("anyone@" + domainOf(b)));

        assertThat(landing).isEqualTo("/login/sso?error=" + SsoRefusal.DOMAIN_NOT_ALLOWED.code());
        assertThat(asPlatform(() -> dsl.fetchExists(APP_USER, APP_USER.EMAIL.eq(email)))).isFalse();
        assertThat(auditOf(b)).contains("SSO_SIGN_IN_REFUSED").doesNotContain("SSO_SIGN_IN", "SSO_USER_CREATED");
    }

    @Test
    void an_address_of_another_tenants_user_or_of_platform_staff_is_refused() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        idp.configure(providers, b, domainOf(b), Role.ORG_ADMIN, false);
        // created in A before B claimed the domain, and a platform admin with an address of B's domain
        String ofA = "erin-" + UUID.randomUUID() + "@" + domainOf(b);
        asPlatform(() -> tenantService.addUserToTenant(a.name(), new NewUser("Erin", ofA, Role.VIEWER, PASSWORD)));
        String staff = "ops-" + UUID.randomUUID() + "@" + domainOf(b);
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Ops", staff, Role.PLATFORM_ADMIN, PASSWORD)));

        idp.nextSignInIs(b, ofA, "Erin");
        String first = new CodeFlow(port).signIn(ssoSignIn.start(ofA));
        idp.nextSignInIs(b, staff, "Ops");
        String second = new CodeFlow(port).signIn(ssoSignIn.start(staff));

        assertThat(first).isEqualTo("/login/sso?error=" + SsoRefusal.OTHER_ORGANISATION.code());
        assertThat(second).isEqualTo("/login/sso?error=" + SsoRefusal.OTHER_ORGANISATION.code());
        assertThat(asPlatform(() -> dsl.fetchCount(APP_USER, APP_USER.EMAIL.in(ofA, staff).and(APP_USER.TENANT_ID.eq(b.id())))))
            .as("nobody moved to, or was copied into, tenant B").isZero();
    }

    @Test
    void an_address_outside_every_sso_domain_is_refused_with_a_clear_message() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.VIEWER, false);

        assertThatThrownBy(() -> ssoSignIn.start("someone@elsewhere-" + t.code().toLowerCase() + ".test"))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("No organisation signs in to Payerlink by single sign-on with addresses at elsewhere-")
            .hasMessageContaining("Sign in with your password")
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("email");
    }

    @Test
    void sso_only_sends_the_tenants_addresses_from_the_password_form_to_their_provider_but_never_a_platform_admins()
            throws Exception {
        Tenant only = newTenant();
        Tenant mixed = newTenant();
        idp.configure(providers, only, domainOf(only), Role.VIEWER, true);
        idp.configure(providers, mixed, domainOf(mixed), Role.VIEWER, false);
        String staff = "ops-" + UUID.randomUUID() + "@" + domainOf(only);
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Ops", staff, Role.PLATFORM_ADMIN, PASSWORD)));
        // the SSO page, which goes on to the provider at once (a redirect of the form's POST may not leave the portal)
        String toProvider = "/login/sso?" + SsoSignIn.SSO_ONLY_EMAIL + "=";

        assertThat(passwordSignIn(adminEmail(only), PASSWORD)).isEqualTo(toProvider + adminEmail(only).replace("@", "%40"));
        assertThat(passwordSignIn(adminEmail(only), "not the password")).as("no password is checked: the provider signs in")
            .startsWith(toProvider);
        String newcomer = "new-" + UUID.randomUUID() + "@" + domainOf(only);
        assertThat(passwordSignIn(newcomer, "anything")).as("a colleague new to Payerlink, created there just in time")
            .startsWith(toProvider);
        assertThat(passwordSignIn(adminEmail(mixed), PASSWORD)).isEqualTo("/");
        // not sent away: on to the second step that platform admins always take
        assertThat(passwordSignIn(staff, PASSWORD)).as("platform admins are never SSO only").isEqualTo("/login/second-step");
        assertThat(passwordSignIn("nobody-" + UUID.randomUUID() + "@elsewhere-" + only.code().toLowerCase() + ".test",
                PASSWORD)).as("addresses of other domains get the one answer as ever").isEqualTo("/login?error");
    }

    @Test
    void an_sso_sign_in_of_a_user_with_an_app_asks_the_code_and_signs_no_session_in_before_it() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.VIEWER, false);
        setUpAuthenticatorApp(adminEmail(t));
        idp.nextSignInIs(t, adminEmail(t), "Admin by SSO");
        CodeFlow browser = new CodeFlow(port);

        String landing = browser.signIn(ssoSignIn.start(adminEmail(t)));

        assertThat(landing).isEqualTo("/login/second-step");
        assertThat(browser.status("/")).as("no session is signed in before the code").isNotEqualTo(200);
        assertThat(auditOf(t)).doesNotContain("SSO_SIGN_IN");
    }

    @Test
    void a_tenant_requiring_two_factor_sends_a_new_sso_user_to_set_up_an_app_first() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.VIEWER, false);
        signedInAs(adminEmail(t), () -> {
            twoFactor.requireForTenant(true);
            return null;
        });
        String email = "nia-" + UUID.randomUUID() + "@" + domainOf(t);
        idp.nextSignInIs(t, email, "Nia New");
        CodeFlow browser = new CodeFlow(port);

        String landing = browser.signIn(ssoSignIn.start(email));

        assertThat(landing).isEqualTo("/login/second-step");
        assertThat(browser.status("/")).isNotEqualTo(200);
        assertThat(auditOf(t)).contains("SSO_USER_CREATED").doesNotContain("SSO_SIGN_IN");
    }

    @Test
    void a_remembered_browser_skips_the_code_after_sso_as_after_a_password() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.VIEWER, false);
        setUpAuthenticatorApp(adminEmail(t));
        CodeFlow browser = new CodeFlow(port);
        browser.sendCookie(SignInDetails.TRUSTED_BROWSER_COOKIE,
                secondFactor.trustedBrowserToken((PayerlinkUser) signInDirectory.loadUserByUsername(adminEmail(t))));
        idp.nextSignInIs(t, adminEmail(t), "Admin by SSO");

        String landing = browser.signIn(ssoSignIn.start(adminEmail(t)));

        assertThat(landing).isEqualTo("/");
        assertThat(browser.status("/")).isEqualTo(200);
        assertThat(auditOf(t)).contains("SSO_SIGN_IN");
    }

    private String passwordSignIn(String email, String password) throws Exception {
        RequestBuilder request = servletContext -> {
            MockHttpServletRequest r = formLogin("/login").user(email).password(password).buildRequest(servletContext);
            r.setRemoteAddr("198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255));
            return r;
        };
        return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
    }

    private AppUserRecord userOf(Tenant t, String email) {
        return as(t, Role.ORG_ADMIN, () -> dsl.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(email.toLowerCase())).fetchSingle());
    }

    private List<String> auditOf(Tenant t) {
        return as(t, Role.ORG_ADMIN, () -> dsl.select(AUDIT_LOG.ACTION).from(AUDIT_LOG)
            .where(AUDIT_LOG.TENANT_ID.eq(t.id())).fetch(AUDIT_LOG.ACTION));
    }

    /** The user sets up an authenticator app, as under "Two-factor sign-in". */
    private void setUpAuthenticatorApp(String email) {
        Enrolment enrolment = signedInAs(email, twoFactor::startEnrolment);
        signedInAs(email, () -> twoFactor.confirmEnrolment(
                Totp.code(Base32.decode(enrolment.secret()), Totp.stepAt(Instant.now()))));
    }

}
