package com.payerlink.notification.ui;

import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Mail honesty on a portal without a mail server, in Chromium (issue 13, item 4): "Send invitations" never claims
 * that anything was sent, and the outbox says in red that nothing can be sent and what to set.
 */
class MailWithoutServerIT extends BrowserIT {

    @Autowired
    AccountService accounts;


    @Test
    void send_invitations_says_none_is_e_mailed_and_the_outbox_warns_that_nothing_can_be_sent() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "515151515151", "Lucerne Publishing",
                ConnectionMethod.MSP_LIMITED, "cloud@lucerne.test");
        viewport(1400, 900);
        signIn(adminEmail(t), PASSWORD);

        QueuedMailIT.sendInvitation(page, url("accounts"), account);

        var notice = page.locator("vaadin-notification-card").last();
        assertThat(notice).containsText("Created 1 invitation. None is e-mailed: the portal has no mail server.");
        assertThat(notice).not().containsText(Pattern.compile("\\bsent\\b|queued", Pattern.CASE_INSENSITIVE));
        screenshot("invitations-no-mail-server-1400");

        page.navigate(url("outbox"));
        var warning = page.locator(".outbox-warning");
        assertThat(warning).hasAttribute("role", "alert");
        assertThat(warning).containsText("Nothing can be sent: the portal has no mail server configured");
        assertThat(warning).containsText("spring.mail.host");
        assertThat(warning).isInViewport();
        screenshot("outbox-no-mail-server-1400");
        viewport(390, 844);
        assertThat(warning).isInViewport();
        screenshot("outbox-no-mail-server-390");
    }

}
