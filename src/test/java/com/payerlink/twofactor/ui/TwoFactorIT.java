package com.payerlink.twofactor.ui;

import com.microsoft.playwright.Page;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.core.Base32;
import com.payerlink.twofactor.domain.Totp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Two-factor sign-in in Chromium: set it up, sign out, sign in with a code, then with a recovery code. */
class TwoFactorIT extends BrowserIT {

    @Test
    void an_operator_sets_up_two_factor_then_signs_in_with_a_code_and_with_a_recovery_code() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        page.setViewportSize(1400, 900);
        signIn(operator.email(), PASSWORD);

        page.navigate(url("two-factor"));
        button("Set up").click();
        assertThat(page.locator("img.qr-code")).isVisible();
        screenshot("two-factor-setup-1400x900");
        byte[] secret = Base32.decode(page.locator(".authenticator-secret").textContent());
        page.locator("vaadin-text-field input").fill("123 456");
        button("Turn on").click();
        assertThat(page.locator("vaadin-text-field[invalid]")).containsText("not the code your app shows");
        page.locator("vaadin-text-field input").fill(Totp.code(secret, Totp.stepAt(Instant.now())));
        button("Turn on").click();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        List<String> recoveryCodes = page.locator(".recovery-codes li").allTextContents();
        button("Done").click();
        assertThat(page.locator(".two-factor-view")).containsText("10 of 10 recovery codes left");
        signOut();

        signInWithPassword(page, operator.email(), PASSWORD);
        assertThat(page).hasURL(url("login/second-step"));
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign in"))).isVisible();
        page.setViewportSize(390, 844);
        screenshot("two-factor-code-390x844");
        page.locator("vaadin-text-field input").fill(Totp.code(secret, Totp.stepAt(Instant.now()) + 1));
        button("Sign in").click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator(".tenant-name")).hasText(t.name());
        signOut();

        signInWithPassword(page, operator.email(), PASSWORD);
        page.locator("vaadin-text-field input").fill(recoveryCodes.get(0));
        button("Sign in").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("two-factor"));
        assertThat(page.locator(".two-factor-view")).containsText("9 of 10 recovery codes left");
    }

    @Test
    void a_platform_admin_sets_up_two_factor_at_first_sign_in_and_reads_everyones_audit_log() {
        Tenant t = newTenant();
        String email = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Pat", email, Role.PLATFORM_ADMIN, PASSWORD)));
        page.setViewportSize(1400, 900);
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(adminEmail(t));
        page.locator("input[name=password]").fill("a wrong password");
        page.locator("vaadin-button[slot=submit]").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect e-mail or password");

        signInWithPassword(page, email, PASSWORD);
        // a loaded machine may take longer than an assertion's 5 s to render the step
        page.locator(".second-step-card h2").waitFor();
        assertThat(page.locator(".second-step-card")).containsText("Platform staff always sign in with two factors");
        screenshot("two-factor-required-setup-1400x900");
        signIn(email, PASSWORD);

        page.navigate(url("audit"));
        assertThat(page.locator("vaadin-grid")).containsText("Two-factor sign-in turned on");
        assertThat(page.locator("vaadin-grid")).containsText(t.name());
        screenshot("audit-platform-admin-1400x900");
        page.locator("vaadin-text-field").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Actor"))
            .locator("input").fill(adminEmail(t));
        assertThat(page.locator("vaadin-grid")).containsText("Sign-in failed");
        page.setViewportSize(390, 844);
        screenshot("audit-platform-admin-390x844");
    }

    private com.microsoft.playwright.Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text)).first();
    }

    private void signOut() {
        button("Sign out").click();
        page.waitForURL(u -> u.contains("/login"));
    }

}
