package com.payerlink.core.security;

import com.payerlink.IntegrationTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.core.Base32;
import com.payerlink.twofactor.domain.Enrolment;
import com.payerlink.twofactor.domain.SignInSecondStep;
import com.payerlink.twofactor.domain.Totp;
import com.payerlink.twofactor.domain.TwoFactorService;
import jakarta.servlet.http.Cookie;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import java.time.Instant;

import static com.payerlink.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The second step sits between the password check and a signed-in session: a right password alone signs nothing
 * in, and only {@code /login/complete} after a verified second step does.
 */
@AutoConfigureMockMvc
class SecondStepSignInTest extends IntegrationTest {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    MockMvc mvc;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    SignInSecondStep secondStep;

    @Autowired
    DSLContext dsl;

    @Test
    void a_right_password_leads_to_the_second_step_without_signing_the_session_in() throws Exception {
        UserAccount operator = enrolledOperator(newTenant()).user();

        MvcResult password = signIn(operator.email(), PASSWORD, null);

        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/second-step");
        MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
        assertThat(session.getAttribute(CONTEXT)).as("no signed-in session before the code").isNull();
        assertThat(PendingSignIn.in(session::getAttribute)).isPresent();
        assertThat(mvc.perform(get("/accounts").session(session)).andReturn().getResponse().getRedirectedUrl())
            .endsWith("/login");
        assertThat(mvc.perform(get("/login/complete").session(session)).andReturn().getResponse().getRedirectedUrl())
            .as("completing without a verified code").isEqualTo("/login");
        assertThat(session.getAttribute(CONTEXT)).isNull();
    }

    @Test
    void a_verified_code_signs_the_session_in_and_a_remembered_browser_skips_the_code_next_time() throws Exception {
        Tenant t = newTenant();
        Enrolled enrolled = enrolledOperator(t);
        UserAccount operator = enrolled.user();
        MvcResult password = signIn(operator.email(), PASSWORD, null);
        MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
        PendingSignIn pending = PendingSignIn.in(session::getAttribute).orElseThrow();

        String next = Totp.code(Base32.decode(enrolled.enrolment().secret()), Totp.stepAt(Instant.now()) + 1);
        assertThat(secondStep.verify(pending, next)).isTrue();
        pending.verified(true);
        MvcResult complete = mvc.perform(get("/login/complete").session(session)).andReturn();

        assertThat(complete.getResponse().getRedirectedUrl()).isEqualTo("/");
        SecurityContext context = (SecurityContext) session.getAttribute(CONTEXT);
        assertThat(((PayerlinkUser) context.getAuthentication().getPrincipal()).email()).isEqualTo(operator.email());
        Cookie remembered = complete.getResponse().getCookie(SignInDetails.TRUSTED_BROWSER_COOKIE);
        assertThat(remembered.isHttpOnly()).isTrue();
        assertThat(remembered.getSecure()).isTrue();
        assertThat(remembered.getMaxAge()).isEqualTo(30 * 24 * 3600);
        assertThat(as(t, Role.ORG_ADMIN, () -> dsl.fetchCount(AUDIT_LOG,
                AUDIT_LOG.ACTION.eq("SIGN_IN").and(AUDIT_LOG.ACTOR_EMAIL.eq(operator.email()))
                    .and(AUDIT_LOG.DETAIL.contains("two-factor"))))).isEqualTo(1);

        assertThat(signIn(operator.email(), PASSWORD, remembered).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signIn(operator.email(), PASSWORD, null).getResponse().getRedirectedUrl())
            .as("another browser").isEqualTo("/login/second-step");
    }

    @Test
    void a_wrong_password_is_audited_in_the_users_tenant_and_an_unknown_address_only_for_the_platform() throws Exception {
        Tenant t = newTenant();
        String unknown = "nobody-" + java.util.UUID.randomUUID() + "@" + t.code().toLowerCase() + ".test";

        signIn(adminEmail(t), "not the password", null);
        signIn(unknown, "whatever it is", null);

        assertThat(as(t, Role.ORG_ADMIN, () -> dsl.select(AUDIT_LOG.ACTION).from(AUDIT_LOG)
            .where(AUDIT_LOG.TENANT_ID.eq(t.id())).fetch(AUDIT_LOG.ACTION))).contains("SIGN_IN_FAILED");
        assertThat(as(t, Role.ORG_ADMIN, () -> dsl.fetchCount(AUDIT_LOG,
                AUDIT_LOG.ACTOR_EMAIL.eq(unknown)))).isZero();
        assertThat(asPlatform(() -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTOR_EMAIL.eq(unknown)
            .and(AUDIT_LOG.TENANT_ID.isNull()).and(AUDIT_LOG.ACTION.eq("SIGN_IN_FAILED"))))).isEqualTo(1);
    }

    private record Enrolled(UserAccount user, Enrolment enrolment) {
    }

    private Enrolled enrolledOperator(Tenant t) {
        UserAccount operator = newUser(t, Role.OPERATOR);
        Enrolment enrolment = signedInAs(operator.email(), twoFactor::startEnrolment);
        signedInAs(operator.email(), () -> twoFactor.confirmEnrolment(
                Totp.code(Base32.decode(enrolment.secret()), Totp.stepAt(Instant.now()))));
        return new Enrolled(operator, enrolment);
    }

    private MvcResult signIn(String email, String password, Cookie browser) throws Exception {
        RequestBuilder form = servletContext -> {
            MockHttpServletRequest request = formLogin("/login").user(email).password(password).buildRequest(servletContext);
            request.setRemoteAddr("198.18.7." + (1 + (int) (Math.random() * 250)));
            if (browser != null) {
                request.setCookies(browser);
            }
            return request;
        };
        return mvc.perform(form).andReturn();
    }

}
