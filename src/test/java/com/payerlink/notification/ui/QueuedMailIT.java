package com.payerlink.notification.ui;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.payerlink.MailTest;
import com.payerlink.TestAccounts;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.notification.domain.OutboxSender;
import com.payerlink.tenant.domain.Tenant;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail honesty on a portal with a mail server, in Chromium (issue 13, item 4): "Send invitations" says the mail is
 * queued, not sent; the mail that goes out links to the portal's configured public address, where the customer's
 * page opens; and the outbox warns when mail is stalled.
 */
class QueuedMailIT extends BrowserIT {

    private static final int SMTP_PORT = MailTest.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = MailTest.greenMailAt(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MailTest.smtpAt(registry, SMTP_PORT);
    }

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxSender sender;


    @Test
    void send_invitations_says_queued_and_the_mail_links_to_the_public_address_where_the_customer_page_opens() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "525252525252", "Proseware Labs",
                ConnectionMethod.MSP_LIMITED, "cloud@proseware.test");
        viewport(1400, 900);
        signIn(adminEmail(t), PASSWORD);

        sendInvitation(account);

        var notice = page.locator("vaadin-notification-card").last();
        assertThat(notice).containsText("Queued 1 invitation for sending; the Outbox shows when each is sent.");
        assertThat(notice).not().containsText(Pattern.compile("\\bsent 1\\b|none is e-mailed", Pattern.CASE_INSENSITIVE));
        screenshot("invitations-queued-1400");
        page.navigate(url("outbox"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("cloud@proseware.test")))
            .hasCount(1);
        assertThat(page.locator(".outbox-warning")).hasCount(0);
        screenshot("outbox-queued-1400");

        sender.sendDue();
        String text = MailTest.textOf(mailTo("cloud@proseware.test"));
        Matcher link = Pattern.compile(Pattern.quote(MailTest.BASE_URL) + "/(invite/[A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as("an invitation link at the public address in:%n%s", text).isTrue();
        assertThat(text).doesNotContain("localhost");
        // the customer follows it (here the test portal stands in for the public address)
        Page customer = newBrowserSession();
        customer.navigate(url(link.group(1)));
        assertThat(customer.locator(".invitation-page h2").first()).containsText("Proseware Labs");
    }

    @Test
    void the_outbox_warns_when_mail_is_stalled() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "535353535353", "Trey Research",
                ConnectionMethod.MSP_LIMITED, "cloud@trey.test");
        viewport(1400, 900);
        signIn(adminEmail(t), PASSWORD);
        sendInvitation(account);
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Queued 1 invitation");
        // the mail server has not taken it for 40 minutes
        queuedMinutesAgo(t, 40);

        page.navigate(url("outbox"));

        var warning = page.locator(".outbox-warning");
        assertThat(warning).hasAttribute("role", "alert");
        assertThat(warning).containsText(Pattern.compile("Mail is stalled: the oldest queued mail has waited 4\\d minutes"));
        // nothing was tried, so no error in the list could say why
        assertThat(warning).containsText("the portal's sender may not be running");
        screenshot("outbox-stalled-1400");
        viewport(390, 844);
        assertThat(warning).isInViewport();
        screenshot("outbox-stalled-390");
    }

    private void sendInvitation(CustomerAccount account) {
        sendInvitation(page, url("accounts"), account);
    }

    /** As a person would: on the accounts page, ticks the account's row and chooses "Send invitations". */
    static void sendInvitation(Page page, String accountsUrl, CustomerAccount account) {
        page.navigate(accountsUrl);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
            .setName("Select " + account.name() + " (" + account.accountId().value() + ")")).click();
        page.locator(".bulk-bar vaadin-button", new Page.LocatorOptions().setHasText("Send invitations")).click();
    }

    private static MimeMessage mailTo(String address) {
        List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            }
            catch (MessagingException e) {
                return false;
            }
        }).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Moves the tenant's queued mails back in time, as if they had waited that long. */
    private static void queuedMinutesAgo(Tenant t, int minutes) {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement("update email_outbox set created_at = now() - make_interval("
                        + "mins => ?), next_attempt_at = now() - make_interval(mins => ?) where tenant_id = ?"
                        + " and status = 'QUEUED'")) {
            s.setInt(1, minutes);
            s.setInt(2, minutes);
            s.setObject(3, t.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
