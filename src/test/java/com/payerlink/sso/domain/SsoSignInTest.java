package com.payerlink.sso.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
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
    void sso_only_refuses_the_tenants_passwords_but_never_a_platform_admins() throws Exception {
        Tenant only = newTenant();
        Tenant mixed = newTenant();
        idp.configure(providers, only, domainOf(only), Role.VIEWER, true);
        idp.configure(providers, mixed, domainOf(mixed), Role.VIEWER, false);
        String staff = "ops-" + UUID.randomUUID() + "@" + domainOf(only);
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Ops", staff, Role.PLATFORM_ADMIN, PASSWORD)));

        assertThat(passwordSignIn(adminEmail(only), PASSWORD)).isEqualTo("/login?sso-only");
        assertThat(passwordSignIn(adminEmail(only), "not the password")).as("a wrong password learns nothing")
            .isEqualTo("/login?error");
        assertThat(passwordSignIn(adminEmail(mixed), PASSWORD)).isEqualTo("/");
        assertThat(passwordSignIn(staff, PASSWORD)).as("platform admins are never SSO only").isEqualTo("/");
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

}
