package com.payerlink.security;

import com.payerlink.IntegrationTest;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.payerlink.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Threat: someone who guesses passwords. They must learn nothing about which e-mail addresses exist, must not be
 * able to lock a real user out, and must get no more than a few guesses checked, however they time their attempts.
 */
@AutoConfigureMockMvc
class SignInAbuseTest extends IntegrationTest {

    /** Guesses one client address gets checked for one e-mail address before it has to pause. */
    static final int GUESSES_PER_ACCOUNT_AND_ADDRESS = 5;

    /** Failed sign-ins one client address gets checked, over all e-mail addresses, before it has to pause. */
    static final int GUESSES_PER_ADDRESS = 50;

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext dsl;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void every_failed_sign_in_gets_the_same_answer_whether_the_user_exists_is_disabled_or_not() throws Exception {
        Tenant t = newTenant();
        String real = adminEmail(t);
        String unknown = "nobody-" + UUID.randomUUID() + "@" + t.code().toLowerCase() + ".test";
        String disabled = newUser(t, Role.OPERATOR).email();
        asPlatform(() -> dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.EMAIL.eq(disabled)).execute());

        List<String> forReal = new ArrayList<>();
        List<String> forUnknown = new ArrayList<>();
        List<String> forDisabled = new ArrayList<>();
        String address = randomAddress();
        for (int i = 1; i <= 8; i++) {
            forReal.add(signIn(real, "wrong " + i, address));
            forUnknown.add(signIn(unknown, "wrong " + i, address));
            forDisabled.add(signIn(disabled, i == 1 ? PASSWORD : "wrong " + i, address));
        }

        assertThat(forReal).as("a real e-mail address").containsOnly("/login?error");
        assertThat(forUnknown).as("an unknown e-mail address").containsOnly("/login?error");
        assertThat(forDisabled).as("a disabled user, even with the right password").containsOnly("/login?error");
    }

    @Test
    void guessing_from_one_address_does_not_lock_out_an_org_admin_signing_in_from_another() throws Exception {
        Tenant t = newTenant();
        guessingDoesNotLockOut(adminEmail(t), "/");
    }

    @Test
    void guessing_from_one_address_does_not_lock_out_the_platform_admin_signing_in_from_another() throws Exception {
        String platformAdmin = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Platform admin", platformAdmin, Role.PLATFORM_ADMIN,
                PASSWORD)));
        // platform staff always take a second step: the right password leads there, not to a pause
        guessingDoesNotLockOut(platformAdmin, "/login/second-step");
    }

    private void guessingDoesNotLockOut(String email, String signedInLandsOn) throws Exception {
        String attacker = randomAddress();
        for (int i = 1; i <= 20; i++) {
            assertThat(signIn(email, "guess " + i, attacker)).isEqualTo("/login?error");
        }

        assertThat(signIn(email, PASSWORD, attacker)).as("the guessing address has to pause, even with the right password")
            .isEqualTo("/login?error");
        assertThat(signIn(email, PASSWORD, randomAddress())).as("the user, from their own address").isEqualTo(signedInLandsOn);
    }

    @Test
    void one_address_spraying_guesses_over_many_e_mail_addresses_has_to_pause() throws Exception {
        Tenant t = newTenant();
        String sprayer = randomAddress();
        for (int i = 1; i <= GUESSES_PER_ADDRESS; i++) {
            signIn("someone-" + i + "-" + UUID.randomUUID() + "@" + t.code().toLowerCase() + ".test", "Summer2026!", sprayer);
        }

        assertThat(signIn(adminEmail(t), PASSWORD, sprayer)).as("the spraying address, even with a right password")
            .isEqualTo("/login?error");
        assertThat(signIn(adminEmail(t), PASSWORD, randomAddress())).as("the user, from their own address").isEqualTo("/");
    }

    @Test
    void a_burst_of_50_parallel_guesses_gets_no_more_than_the_allowed_guesses_checked() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        String address = randomAddress();
        AuthenticationManager manager = authentication.getAuthenticationManager();
        int burst = 50;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String guess = "parallel guess " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, guess);
                    attempt.setDetails(new WebAuthenticationDetails(address, null));
                    try {
                        manager.authenticate(attempt);
                        return "signed in";
                    }
                    catch (BadCredentialsException e) {
                        return "password checked";
                    }
                    catch (RuntimeException e) {
                        return "refused before the password was checked";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            Map<String, Long> counted = results.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            assertThat(counted).as("50 parallel guesses from one address").isEqualTo(Map.of(
                    "password checked", (long) GUESSES_PER_ACCOUNT_AND_ADDRESS,
                    "refused before the password was checked", (long) (burst - GUESSES_PER_ACCOUNT_AND_ADDRESS)));
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(signIn(email, PASSWORD, randomAddress())).as("the user, from their own address").isEqualTo("/");
    }

    /** Posts the login form from the client address; returns where the browser is sent. */
    private String signIn(String email, String password, String address) throws Exception {
        RequestBuilder fromAddress = servletContext -> {
            MockHttpServletRequest request = formLogin("/login").user(email).password(password).buildRequest(servletContext);
            request.setRemoteAddr(address);
            return request;
        };
        return mvc.perform(fromAddress).andReturn().getResponse().getRedirectedUrl();
    }

    /** An address of the benchmarking range 198.18.0.0/15, a new one for each use. */
    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

}
