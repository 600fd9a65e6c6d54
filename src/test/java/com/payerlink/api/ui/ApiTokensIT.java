package com.payerlink.api.ui;

import com.microsoft.playwright.Page;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In Chromium, wide and narrow: an org admin creates an Org admin token from the scope list. */
class ApiTokensIT extends BrowserIT {

    @Test
    void an_org_admin_picks_the_org_admin_scope_and_gets_the_secret_once() {
        Tenant t = newTenant();
        signIn(adminEmail(t), PASSWORD);
        for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("api-tokens"));
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New token")).click();
            page.locator("vaadin-dialog-overlay vaadin-text-field").first().locator("input").fill("pipeline " + size[0]);
            page.locator("vaadin-select").click();
            assertThat(page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Org admin"))).isVisible();
            screenshot("api-token-scopes-" + size[0]);

            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Org admin")).click();
            assertThat(page.locator("vaadin-select")).containsText("Org admin");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create token")).click();

            assertThat(page.locator(".api-token-secret input")).hasValue(java.util.regex.Pattern.compile("^pl_.{43}$"));
            screenshot("api-token-created-" + size[0]);
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("I have stored it")).click();
            assertThat(page.locator("vaadin-grid")).containsText("pipeline " + size[0]);
        }
    }

}
