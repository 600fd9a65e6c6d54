package com.payerlink.core.ui;

import com.microsoft.playwright.Locator;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A view's header with its one primary action (ViewHeader.withAction), on a desktop and on a phone. */
class ViewHeaderIT extends BrowserIT {

    @Test
    void the_primary_action_of_users_and_api_tokens_opens_its_dialog_on_desktop_and_phone() {
        Tenant t = newTenant();
        signIn(adminEmail(t), PASSWORD);

        page.setViewportSize(1400, 900);
        opensDialog("users", "Users", "Add user", "Add user");
        screenshot("view-header-users-desktop");
        page.keyboard().press("Escape");
        opensDialog("api-tokens", "API tokens", "New token", "New API token");
        page.keyboard().press("Escape");
        screenshot("view-header-api-tokens-desktop");

        page.setViewportSize(390, 844);
        opensDialog("users", "Users", "Add user", "Add user");
        page.keyboard().press("Escape");
        screenshot("view-header-users-phone");
        page.navigate(url("api-tokens"));
        assertThat(page.locator("h2")).hasText("API tokens");
        screenshot("view-header-api-tokens-phone");
    }

    private void opensDialog(String route, String title, String action, String dialogTitle) {
        page.navigate(url(route));
        assertThat(page.locator("h2")).hasText(title);
        Locator button = page.locator("vaadin-button[theme~=primary]", new com.microsoft.playwright.Page.LocatorOptions()
            .setHasText(action));
        assertThat(button).isVisible();
        button.click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText(dialogTitle);
    }

}
