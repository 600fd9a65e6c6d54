package com.payerlink.sso.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.sso.IdentityProvider;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.payerlink.sso.IdentityProvider.clientId;
import static com.payerlink.sso.IdentityProvider.domainOf;

/** Single sign-on in Chromium: the org admin sets the provider up, then a new colleague signs in through it. */
class SsoSignInIT extends BrowserIT {

    final IdentityProvider idp = IdentityProvider.shared();

    @Test
    void an_org_admin_sets_up_sso_and_a_new_colleague_signs_in_through_the_provider() {
        Tenant t = newTenant();
        signIn(adminEmail(t), PASSWORD);
        page.navigate(url("single-sign-on"));
        label("Issuer URL").fill(idp.issuer(t));
        label("Client id").fill(clientId(t));
        label("Client secret").fill("secret-of-" + t.code());
        label("Allowed e-mail domains").fill(domainOf(t));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save")).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Single sign-on saved");
        assertThat(label("Redirect URI (register it at your identity provider)"))
            .hasValue(Pattern.compile("^https?://.+/login/oauth2/code/" + t.id() + "$"));
        shoot(page, "sso-settings");

        Page colleague = newBrowserSession();
        String email = "sam-" + UUID.randomUUID() + "@" + domainOf(t);
        idp.nextSignInIs(t, email, "Sam Colleague");
        colleague.navigate(url("login"));
        colleague.locator("#sign-in-with-sso").click();
        colleague.locator("vaadin-email-field input").fill(email);
        shoot(colleague, "sso-sign-in");
        colleague.locator("#sso-continue").click();
        colleague.waitForURL(u -> !u.contains("/login") && u.startsWith(url("")));

        assertThat(colleague.locator(".tenant-name")).hasText(t.name());
        assertThat(colleague.locator(".user-name")).hasText("Sam Colleague · Viewer");
        shoot(colleague, "sso-signed-in");
    }

    @Test
    void an_address_without_sso_is_told_what_to_do_and_a_refusal_is_explained() {
        page.navigate(url("login/sso"));
        page.locator("vaadin-email-field input").fill("someone@no-sso-" + UUID.randomUUID() + ".test");
        page.locator("#sso-continue").click();
        assertThat(page.locator("vaadin-email-field")).containsText("No organisation signs in to Payerlink by single sign-on");

        page.navigate(url("login/sso?error=domain-not-allowed"));
        assertThat(page.locator("#sso-refusal")).containsText("outside the domains your organisation allows");
        shoot(page, "sso-refused");
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    /** Screenshots at a desktop's and a phone's size (README: screenshots are looked at before a change is done). */
    private static void shoot(Page in, String name) {
        in.setViewportSize(1400, 900);
        in.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-1400.png")).setFullPage(true));
        in.setViewportSize(390, 844);
        in.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-390.png")).setFullPage(true));
        in.setViewportSize(1280, 800);
    }

}
