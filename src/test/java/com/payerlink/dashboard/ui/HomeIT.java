package com.payerlink.dashboard.ui;

import com.microsoft.playwright.Locator;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.dashboard.DashboardSeed;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.payerlink.account.domain.AccountState.AWAITING_SUPPORT;
import static com.payerlink.account.domain.AccountState.AWAITING_VERIFICATION;
import static com.payerlink.account.domain.AccountState.DRAFT;
import static com.payerlink.account.domain.AccountState.IN_PROGRESS;
import static com.payerlink.account.domain.AccountState.PROCESSING;
import static com.payerlink.account.domain.AccountState.READY;
import static com.payerlink.account.domain.AccountState.VERIFICATION_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/** Home in Chromium, wide and on a phone: screenshots in target/screenshots/home-*.png. */
class HomeIT extends BrowserIT {

    @Test
    void an_org_admin_sees_the_funnel_and_its_bars_open_the_filtered_grid() {
        Tenant t = seeded();
        page.setViewportSize(1400, 900);
        signIn(adminEmail(t), PASSWORD);
        page.navigate(url(""));
        Locator ready = page.locator(".funnel-row[data-state=READY]");
        ready.waitFor();

        assertThat(ready.locator(".funnel-count").textContent()).isEqualTo("412");
        assertThat(page.locator(".funnel-total").textContent()).isEqualTo("1,000 accounts");
        assertThat(page.locator(".failure[data-code=ASSUME_ROLE_DENIED] .queue-count").textContent()).isEqualTo("60");
        assertThat(page.locator(".ready-column").count()).isEqualTo(30);
        screenshot("home-org-admin-1400x900");

        page.setViewportSize(390, 844);
        page.waitForTimeout(500);
        screenshot("home-org-admin-390x844");

        page.setViewportSize(1400, 900);
        page.locator(".funnel-row[data-state=VERIFICATION_FAILED]").click();
        page.waitForURL(u -> u.contains("/accounts?state=VERIFICATION_FAILED"));
    }

    @Test
    void a_platform_admin_sees_every_tenant() {
        Tenant t = seeded();
        String email = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new com.payerlink.tenant.domain.NewUser("Pat", email,
                com.payerlink.core.security.Role.PLATFORM_ADMIN, PASSWORD)));
        page.setViewportSize(1400, 900);
        signIn(email, PASSWORD);
        page.navigate(url(""));
        page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions().setHasText(t.name()))
            .first().waitFor();

        screenshot("home-platform-admin-1400x900");
        page.setViewportSize(390, 844);
        page.waitForTimeout(500);
        screenshot("home-platform-admin-390x844");
    }

    /** 1,000 accounts along the funnel, as an MSP in the middle of onboarding has them. */
    private Tenant seeded() {
        Tenant t = newTenant();
        DashboardSeed.accounts(t, DRAFT, 40, "");
        DashboardSeed.accounts(t, IN_PROGRESS, 180, "");
        DashboardSeed.accounts(t, AWAITING_VERIFICATION, 35, "");
        DashboardSeed.accounts(t, VERIFICATION_FAILED, 60, "ASSUME_ROLE_DENIED");
        DashboardSeed.accounts(t, VERIFICATION_FAILED, 23, "CUR_BUCKET_MISSING, CUR_NOT_HOURLY");
        DashboardSeed.accounts(t, AWAITING_SUPPORT, 50, "");
        DashboardSeed.accounts(t, PROCESSING, 200, "");
        DashboardSeed.accounts(t, READY, 397, "");
        for (int day = 0; day < 30; day += 2) {
            var a = DashboardSeed.account(t, READY);
            for (int i = 0; i <= day % 7; i++) {
                DashboardSeed.history(t, a, "STATE_CHANGED", "Processing → Ready: first data", Duration.ofDays(day).plusMinutes(1));
            }
        }
        return t;
    }

}
