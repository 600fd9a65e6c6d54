package com.payerlink.core.security;

import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

import static com.payerlink.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Failed sign-ins of one e-mail address from one client address pause that pair (never the user everywhere), the
 * pause ends after its time, and each further pause lasts twice as long.
 */
@AutoConfigureMockMvc
class SignInPauseTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext dsl;

    @Autowired
    SignInDirectory directory;

    @Autowired
    SignInLimits limits;

    /** A client address of its own for each test (benchmarking range 198.18.0.0/15). */
    private final String address = "198." + ThreadLocalRandom.current().nextInt(18, 20) + "."
            + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

    @Test
    void right_password_signs_in() throws Exception {
        Tenant t = newTenant();
        assertThat(signIn(adminEmail(t), PASSWORD)).isEqualTo("/");
    }

    @Test
    void after_five_failures_the_address_pauses_even_with_the_right_password() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        for (int i = 1; i <= limits.perAccountAndAddress(); i++) {
            assertThat(signIn(email, "wrong " + i)).isEqualTo("/login?error");
        }

        assertThat(signIn(email, PASSWORD)).isEqualTo("/login?error");
        assertThat(asPlatform(() -> dsl.select(APP_USER.LOCKED_UNTIL).from(APP_USER).where(APP_USER.EMAIL.eq(email))
            .fetchOne(APP_USER.LOCKED_UNTIL))).as("the user is not locked").isNull();
    }

    @Test
    void the_pause_ends_after_its_time() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        for (int i = 1; i <= limits.perAccountAndAddress() + 1; i++) {
            signIn(email, "wrong " + i);
        }
        endPauseOf(email);

        assertThat(signIn(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void each_further_pause_lasts_twice_as_long() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        for (int i = 1; i <= limits.perAccountAndAddress(); i++) {
            assertThat(directory.countAttempt(email, address)).isNull();
        }
        OffsetDateTime firstPause = directory.countAttempt(email, address);
        assertThat(firstPause).isCloseTo(OffsetDateTime.now().plus(limits.firstPause()), within(Duration.ofSeconds(20)));
        endPauseOf(email);
        for (int i = 1; i <= limits.perAccountAndAddress(); i++) {
            assertThat(directory.countAttempt(email, address)).isNull();
        }

        OffsetDateTime secondPause = directory.countAttempt(email, address);
        assertThat(secondPause).isCloseTo(OffsetDateTime.now().plus(limits.firstPause().multipliedBy(2)),
                within(Duration.ofSeconds(20)));
    }

    @Test
    void a_successful_sign_in_starts_the_count_afresh() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        for (int i = 1; i < limits.perAccountAndAddress(); i++) {
            assertThat(signIn(email, "wrong " + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(email, PASSWORD)).isEqualTo("/");
        for (int i = 1; i < limits.perAccountAndAddress(); i++) {
            assertThat(signIn(email, "wrong again " + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_gets_the_common_answer() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        asPlatform(() -> dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.EMAIL.eq(email)).execute());

        assertThat(signIn(email, PASSWORD)).isEqualTo("/login?error");
    }

    private String signIn(String email, String password) throws Exception {
        RequestBuilder fromAddress = servletContext -> {
            MockHttpServletRequest request = formLogin("/login").user(email).password(password).buildRequest(servletContext);
            request.setRemoteAddr(address);
            return request;
        };
        return mvc.perform(fromAddress).andReturn().getResponse().getRedirectedUrl();
    }

    /** As if the pause of the (e-mail, address) pair had passed: the counters are the owner's alone. */
    private void endPauseOf(String email) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection owner = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement update = owner.prepareStatement("update sign_in_throttle set window_ends = now() - interval '1 second'"
                     + " where key = payerlink_sign_in_key('pair ' || ? || ' ' || ?)")) {
            update.setString(1, email);
            update.setString(2, address);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

}
