package com.payerlink.password.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.payerlink.MailTest;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.notification.domain.OutboxSender;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium: "Forgot password" → the mailed link → a new password → sign-in with it (a tenant's user, and platform
 * staff, whose mail goes out through the platform's outbox); and the first sign-in with a
 * generated password, which leads nowhere but to choosing one's own.
 */
class PasswordFlowsIT extends BrowserIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("payerlink.base-url", () -> "https://portal.example.test");
    }

    @Autowired
    OutboxSender outboxSender;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterEach
    void defaultAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void forgot_password_mails_a_link_that_sets_a_new_password_to_sign_in_with() throws Exception {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.OPERATOR);

        String token = resetByMail(user.email(), "a new and long password", "set-password");

        signIn(user.email(), "a new and long password");
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
        page.navigate(url("set-password/" + token));
        assertThat(page.getByText("This link no longer works")).isVisible();
    }

    @Test
    void platform_staff_get_their_reset_link_by_mail_too() throws Exception {
        UserAccount agent = newSupportAgent();

        resetByMail(agent.email(), "the agent's new password", "set-password-platform-staff");

        // platform staff then take their second step (here: set up an app) as always
        signIn(agent.email(), "the agent's new password");
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
    }

    /** "Forgot password" for the address, the mailed link, a new password: back on the sign-in page. */
    private String resetByMail(String email, String newPassword, String screenshotName) throws Exception {
        page.navigate(url("login"));
        page.getByText("Forgot password").click();
        page.waitForURL(u -> u.contains("/forgot-password"));
        page.locator("vaadin-email-field input").fill(email);
        page.getByText("Send me a link").click();
        assertThat(page.getByText("Check your mail")).isVisible();

        outboxSender.sendDue();
        String token = tokenMailedTo(email);
        page.navigate(url("set-password/" + token));
        assertThat(page.getByText("For " + email)).isVisible();
        page.locator("vaadin-password-field input").nth(0).fill(newPassword);
        page.locator("vaadin-password-field input").nth(1).fill(newPassword);
        screenshot(screenshotName);
        page.getByText("Set password").last().click();
        page.waitForURL(u -> u.contains("/login"));
        return token;
    }

    @Test
    void the_first_sign_in_with_a_generated_password_leads_only_to_choosing_ones_own() {
        String email = "first-" + UUID.randomUUID() + "@payerlink.test";
        UserAccount admin = asPlatform(() -> tenantService.createPlatformUser(new NewUser("First", email, Role.PLATFORM_ADMIN, PASSWORD)));
        asPlatform(() -> {
            tenantService.requirePasswordChange(admin.id());
            return null;
        });

        signIn(email, PASSWORD);
        assertThat(page.getByText("Choose your own password before you go on")).isVisible();
        page.navigate(url("tenants"));
        assertThat(page.getByText("Choose your own password before you go on")).isVisible();
        screenshot("forced-password-change");

        page.locator("vaadin-password-field input").nth(0).fill(PASSWORD);
        page.locator("vaadin-password-field input").nth(1).fill("the admin's own password");
        page.locator("vaadin-password-field input").nth(2).fill("the admin's own password");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Change password")).click();

        assertThat(page.getByText("Choose your own password before you go on")).hasCount(0);
        page.navigate(url("tenants"));
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New tenant"))).isVisible();
    }

    private static String tokenMailedTo(String address) throws Exception {
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
                Matcher link = Pattern.compile("https://portal\\.example\\.test/set-password/([A-Za-z0-9_-]{43})")
                    .matcher(MailTest.textOf(m));
                if (link.find()) {
                    return link.group(1);
                }
            }
        }
        throw new AssertionError("No set-password link was mailed to " + address);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
