package com.payerlink.account.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.support.domain.AccountTicketService;
import com.payerlink.support.domain.TicketSummary;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * States that must not go nowhere, in Chromium (issue 13, item 3): Awaiting support links its ticket and warns while
 * it is not submitted, Disconnected offers the way back, and "Linked accounts…" says plainly that the portal lacks
 * an AWS identity instead of showing the AWS SDK's error.
 */
class AccountStatesIT extends BrowserIT {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountTicketService accountTickets;


    @Test
    void awaiting_support_links_its_draft_ticket_and_warns_that_it_is_not_submitted() {
        Tenant t = newTenant();
        CustomerAccount waiting = registered(t, TestAccounts.complete(accounts, t, TestAccounts.create(accounts, t,
                "414141414141", "Adventure Works", ConnectionMethod.MSP_MULTIPLE, "")));
        // the registration drafts the ticket listing the account (a durable task)
        TicketSummary draft = await().atMost(Duration.ofSeconds(60)).until(
                () -> as(t, Role.ORG_ADMIN, () -> accountTickets.ticketsOf(waiting.id())), found -> !found.isEmpty())
            .get(0);
        TestAccounts.forceState(waiting.id(), AccountState.AWAITING_SUPPORT);
        viewport(1400, 900);
        signIn(newUser(t, Role.OPERATOR).email(), PASSWORD);
        page.navigate(url("accounts/" + waiting.id()));

        Locator link = page.locator(".ticket-section a");
        assertThat(link).hasText(draft.reference() + " · " + draft.subject());
        assertThat(page.locator(".ticket-warning")).containsText(draft.reference() + " is not submitted yet");
        assertThat(page.locator(".ticket-warning")).isVisible();
        screenshot("account-awaiting-support-1400");
        viewport(390, 844);
        screenshot("account-awaiting-support-390");

        link.click();
        page.waitForURL(u -> u.endsWith("/tickets/" + draft.id()));
        assertThat(page.locator("h2").first()).containsText(draft.reference());
    }

    @Test
    void a_disconnected_connection_offers_reconnect_which_goes_on_at_the_stack() {
        Tenant t = newTenant();
        CustomerAccount ready = registered(t, TestAccounts.complete(accounts, t, TestAccounts.create(accounts, t,
                "424242424242", "Fourth Coffee", ConnectionMethod.MSP_SINGLE, "")));
        TestAccounts.forceState(ready.id(), AccountState.READY);
        viewport(1400, 900);
        signIn(adminEmail(t), PASSWORD);
        page.navigate(url("accounts/" + ready.id()));
        waitForVaadin();

        page.locator("#disconnect").click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("Disconnect Fourth Coffee?");
        screenshot("account-disconnect-dialog-1400");
        page.getByLabel("Reason").fill("Customer paused the contract");
        page.locator("#disconnect-confirm").click();

        assertThat(page.locator("#disconnected-note")).containsText("Customer paused the contract");
        assertThat(page.locator("#reconnect")).isVisible();
        assertThat(page.locator("#reconnect")).hasText("Reconnect");
        screenshot("account-disconnected-1400");
        viewport(390, 844);
        assertThat(page.locator("#reconnect")).isInViewport();
        screenshot("account-disconnected-390");
        viewport(1400, 900);

        page.locator("#reconnect").click();
        assertThat(page.locator(".wizard-step h3")).hasText("Step 5 · CloudFormation");
        assertThat(page.locator("#wizard-next")).hasText("The stack is CREATE_COMPLETE");
        assertThat(page.locator("#reconnect")).hasCount(0);
        assertThat(TestAccounts.get(accounts, t, ready.id()).state()).isEqualTo(AccountState.IN_PROGRESS);
    }

    @Test
    void linked_accounts_without_the_portal_s_aws_identity_says_who_configures_it_not_the_sdk_error() {
        Tenant t = newTenant();
        // this portal has no AWS China identity (none is configured in the tests), as a new portal would not
        CustomerAccount payer = registered(t, chinaManagementAccount(t, "434343434343", "Wingtip Payer"));
        TestAccounts.forceState(payer.id(), AccountState.READY);
        viewport(1400, 900);
        signIn(adminEmail(t), PASSWORD);
        page.navigate(url("accounts/" + payer.id()));
        waitForVaadin();

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Linked accounts…")).click();

        Locator message = page.locator("#verification-message");
        assertThat(message).isVisible();
        assertThat(message).containsText("The portal has no AWS China identity");
        assertThat(message).containsText("payerlink.aws.china.access-key-id");
        assertThat(message).not().containsText(Pattern.compile("AWS did not list|Unable to load|SdkClientException"));
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        screenshot("account-linked-accounts-no-identity-1400");
        viewport(390, 844);
        message.scrollIntoViewIfNeeded();
        screenshot("account-linked-accounts-no-identity-390");
    }

    /** A management account in AWS China that also discovers its organization, steps 1 to 6 saved. */
    private CustomerAccount chinaManagementAccount(Tenant t, String awsId, String name) {
        return as(t, Role.OPERATOR, () -> {
            CustomerAccount a = accounts.create(Partition.AWS_CN, new AccountDetails(awsId, name,
                    ConnectionMethod.DIRECT_MANAGEMENT, ""));
            a = accounts.savePartition(a.id(), a.version(), Partition.AWS_CN);
            a = accounts.confirmBillingAccess(a.id(), a.version(), true);
            a = accounts.saveCurSettings(a.id(), a.version(), CurSettings.typed(Set.of(Product.COST_ANALYTICS,
                    Product.ORGANIZATION_DISCOVERY), true, null, null, "", "cn-northwest-1", false));
            a = accounts.confirmStackCreated(a.id(), a.version());
            return accounts.saveRoleArns(a.id(), a.version(), "arn:aws-cn:iam::" + awsId + ":role/PayerlinkRole");
        });
    }

    /**
     * Registers the account, its steps saved, and waits until the verification that registration starts is over, so
     * that the state the test then sets stays.
     */
    private CustomerAccount registered(Tenant t, CustomerAccount done) {
        CustomerAccount registered = as(t, Role.ORG_ADMIN, () -> accounts.register(done.id(), done.version()));
        return TestAccounts.settled(accounts, t, registered.id());
    }

}
