package com.payerlink.core.ui;

import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInIT extends BrowserIT {

    @Test
    void an_org_admin_signs_in_and_sees_the_own_tenant_and_users() {
        Tenant t = newTenant();

        signIn(adminEmail(t), PASSWORD);

        assertThat(page.locator(".tenant-name")).hasText(t.name());
        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Users")).click();
        assertThat(page.locator("vaadin-grid")).containsText(adminEmail(t));
        screenshot("users-view");
    }

    @Test
    void a_wrong_password_is_explained_on_the_login_view() {
        Tenant t = newTenant();
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(adminEmail(t));
        page.locator("input[name=password]").fill("not the password");
        page.locator("vaadin-button[slot=submit]").click();

        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect e-mail or password");
    }

    @Test
    void a_forbidden_or_unknown_page_answers_plainly_and_never_lists_the_routes() {
        Tenant t = newTenant();
        signIn(adminEmail(t), PASSWORD);

        page.navigate(url("tenants"));
        assertThat(page.locator(".error-page h2")).hasText("You don't have access to this page");
        assertThat(page.locator("body")).not().containsText("Available routes");
        viewport(1400, 900);
        screenshot("access-denied-1400");
        viewport(390, 844);
        screenshot("access-denied-390");

        page.navigate(url("no-such-page"));
        assertThat(page.locator(".error-page h2")).hasText("This page does not exist");
        assertThat(page.locator("body")).not().containsText("Available routes");
        assertThat(page.locator(".error-page")).not().containsText("tenants");
    }

}
