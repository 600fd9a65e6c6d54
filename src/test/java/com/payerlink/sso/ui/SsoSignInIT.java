package com.payerlink.sso.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.payerlink.core.Base32;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.sso.IdentityProvider;
import com.payerlink.sso.domain.SsoProviderService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.twofactor.domain.Enrolment;
import com.payerlink.twofactor.domain.Totp;
import com.payerlink.twofactor.domain.TwoFactorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.payerlink.sso.IdentityProvider.clientId;
import static com.payerlink.sso.IdentityProvider.domainOf;

/**
 * Single sign-on in Chromium: the org admin sets the provider up, then a new colleague signs in through it; an "SSO only"
 * address typed into the password form goes to the provider, and a user with an app then types its code.
 */
class SsoSignInIT extends BrowserIT {

    final IdentityProvider idp = IdentityProvider.shared();

    @Autowired
    SsoProviderService providers;

    @Autowired
    TwoFactorService twoFactor;

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

    @Test
    void an_sso_only_address_typed_into_the_password_form_signs_in_at_the_provider_and_then_asks_the_code() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.VIEWER, true);
        Enrolment enrolment = signedInAs(adminEmail(t), twoFactor::startEnrolment);
        byte[] secret = Base32.decode(enrolment.secret());
        signedInAs(adminEmail(t), () -> twoFactor.confirmEnrolment(Totp.code(secret, Totp.stepAt(Instant.now()))));
        idp.nextSignInIs(t, adminEmail(t), "Admin by SSO");

        // the password is not what signs in here: the organisation's identity provider is
        signInWithPassword(page, adminEmail(t), "not needed");

        assertThat(page).hasURL(url("login/second-step"));
        page.locator(".second-step-card").waitFor();
        shoot(page, "sso-second-step");
        page.locator("vaadin-text-field input").fill(Totp.code(secret, Totp.stepAt(Instant.now()) + 1));
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign in")).first().click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator(".tenant-name")).hasText(t.name());
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
