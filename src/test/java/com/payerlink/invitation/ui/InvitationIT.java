package com.payerlink.invitation.ui;

import com.microsoft.playwright.Page;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.invitation.domain.InvitationOutcome;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An end customer opens the invitation link in Chromium, without signing in, and does the account's steps. */
class InvitationIT extends BrowserIT {

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;



    @Test
    void the_customer_completes_the_steps_from_the_invitation_link() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "246824682468", "Litware Shop",
                ConnectionMethod.MSP_LIMITED, "cloud@litware.test");
        // without a mail server the new link is handed out once, to copy (the outbox never holds the token)
        InvitationOutcome outcome = as(t, Role.OPERATOR, () -> invitations.send(List.of(account.id())));
        String link = invitePath(outcome.toCopy().get(0).link());

        page.navigate(url(link));

        assertThat(page.locator(".invitation-page h2").first()).containsText("Litware Shop · AWS account 246824682468");
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
        page.getByText("IAM user and role access to Billing is activated in this account").click();
        button("Confirm billing access").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Billing access confirmed");

        page.getByText("Let the CloudFormation template create the bucket and the report for me").click();
        button("Save report settings").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Report settings saved");

        assertThat(page.getByText("Run the template in the AWS console")).hasAttribute("href",
                Pattern.compile(".*quickcreate.*" + account.externalId().value() + ".*"));
        button("The stack is created").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("the stack is created");

        page.locator("vaadin-text-area textarea").fill("arn:aws:iam::246824682468:role/PayerlinkRole");
        button("Save role ARN").click();

        assertThat(page.locator(".invitation-page .callout").first()).containsText("Your part is done");
        screenshot("invitation-completed");
        CustomerAccount saved = TestAccounts.get(accounts, t, account.id());
        assertThat(saved.roleArns()).extracting(RoleArn::value).containsExactly("arn:aws:iam::246824682468:role/PayerlinkRole");
        assertThat(saved.billingAccessConfirmed()).isTrue();
        List<HistoryEntry> history = as(t, Role.VIEWER, () -> accounts.history(account.id()));
        assertThat(history.subList(0, 4)).extracting(HistoryEntry::actor).containsOnly(InvitationService.CUSTOMER_ACTOR);
    }

    @Test
    void a_mistyped_link_gets_a_friendly_page() {
        page.navigate(url("invite/" + "B".repeat(43)));

        assertThat(page.locator(".invitation-page h2")).hasText("This invitation link cannot be used");
        assertThat(page.locator(".invitation-page")).not().containsText("Sign in");
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
    }

    private com.microsoft.playwright.Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text));
    }

    private static String invitePath(String link) {
        Matcher m = Pattern.compile("/(invite/[A-Za-z0-9_-]+)").matcher(link);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

}
