package com.payerlink.dashboard.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The platform admin's tenant page in Chromium, wide and on a phone: target/screenshots/tenant-detail-*.png. */
class TenantDetailIT extends BrowserIT {

    @Autowired
    SignInDirectory signInDirectory;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterEach
    void defaultAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void a_platform_admin_opens_a_tenant_and_sees_its_users_with_their_sign_in_pause() {
        // more tenants than the list shows at once, as on a real platform (and as CI's database has them)
        for (int i = 0; i < 30; i++) {
            newTenant();
        }
        Tenant t = newTenant();
        UserAccount guessed = newUser(t, Role.OPERATOR);
        // someone guesses the operator's password from many addresses: the address's own count pauses
        for (int i = 0; i < 101; i++) {
            signInDirectory.countAttempt(guessed.email(), "203.0.113." + i);
        }
        String email = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Pat", email, Role.PLATFORM_ADMIN, PASSWORD)));
        page.setViewportSize(1400, 900);
        signIn(email, PASSWORD);

        page.navigate(url("tenants"));
        // earlier tests leave many tenants: the finder brings this one into view
        page.getByLabel("Find an MSP").fill(t.name());
        // the finder applies a moment after the last key: until then the rows (and what a click hits) still move
        page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        assertThat(page.locator("vaadin-grid a:visible", new Page.LocatorOptions().setHasText(t.name()))).isVisible();
        screenshot("tenants-found-1400x900");
        page.locator("vaadin-grid a:visible", new Page.LocatorOptions().setHasText(t.name())).click();
        page.waitForURL(u -> u.contains("/tenants/" + t.id()));
        assertThat(page.locator("h2, h1").filter(new Locator.FilterOptions().setHasText(t.name())).first()).isVisible();
        Locator guessedRow = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Paused until"));
        assertThat(guessedRow.first()).isVisible();
        assertThat(page.getByText("No mail waiting").first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(adminEmail(t))).first()).isVisible();
        screenshot("tenant-detail-1400x900");

        page.setViewportSize(390, 844);
        page.waitForTimeout(500);
        screenshot("tenant-detail-390x844");
    }

}
