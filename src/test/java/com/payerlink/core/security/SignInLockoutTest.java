package com.payerlink.core.security;

import com.payerlink.IntegrationTest;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.time.OffsetDateTime;

import static com.payerlink.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Five failed sign-ins lock the account for 15 minutes, even against the right password. */
@AutoConfigureMockMvc
class SignInLockoutTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DSLContext dsl;

    @Test
    void right_password_signs_in() throws Exception {
        Tenant t = newTenant();
        mvc.perform(formLogin("/login").user(adminEmail(t)).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void locks_the_account_after_five_failures() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(email).password("wrong 5")).andExpect(redirectedUrl("/login?locked"));

        mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        OffsetDateTime lockedUntil = asPlatform(() -> dsl.select(APP_USER.LOCKED_UNTIL).from(APP_USER)
            .where(APP_USER.EMAIL.eq(email)).fetchOne(APP_USER.LOCKED_UNTIL));
        assertThat(lockedUntil).isBetween(OffsetDateTime.now().plusMinutes(14), OffsetDateTime.now().plusMinutes(16));
    }

    @Test
    void the_lock_ends_after_its_time() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong " + i));
        }
        // as if the 15 minutes had passed
        asPlatform(() -> dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
            .where(APP_USER.EMAIL.eq(email)).execute());

        mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_successful_sign_in_resets_the_failure_count() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/"));
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong again " + i))
                .andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void a_disabled_user_is_told_so() throws Exception {
        Tenant t = newTenant();
        String email = adminEmail(t);
        asPlatform(() -> dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.EMAIL.eq(email)).execute());

        mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/login?disabled"));
    }

}
