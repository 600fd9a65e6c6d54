package com.payerlink.core.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page left right after the sign-in's last step closes its push connection with the session id from before the
 * step: that close must not hand the browser a new session cookie, which replaced the signed-in one (TwoFactorIT
 * found the user on the login page now and then).
 */
class StalePushCloseIT extends BrowserIT {

    @Test
    void a_push_close_with_a_session_id_that_no_longer_exists_leaves_the_signed_in_session_alone() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        signIn(operator.email(), PASSWORD);

        APIResponse close = page.request().post(url("VAADIN/push?v-r=push&v-uiId=2&v-pushId=3b1c&"
                + "X-Atmosphere-Transport=close&X-Vaadin-LastSeenServerSyncId=3"),
                RequestOptions.create().setHeader("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF"));

        assertThat(close.status()).isEqualTo(200);
        assertThat(close.headersArray()).noneMatch(h -> h.name.equalsIgnoreCase("set-cookie"));
        page.navigate(url("two-factor"));
        assertThat(page.locator(".two-factor-view")).isVisible();
    }

}
