package com.payerlink.account.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An org admin, in Chromium, sends invitations from the accounts grid and sees them in the grid without reloading. */
class SendInvitationsIT extends BrowserIT {

    @Autowired
    AccountService accounts;

    @Test
    void the_invitation_column_shows_the_new_invitations_at_once() {
        Tenant t = newTenant();
        TestAccounts.create(accounts, t, "100000000001", "Limited One", ConnectionMethod.MSP_LIMITED, "one@limited.test");
        TestAccounts.create(accounts, t, "100000000002", "Limited Two", ConnectionMethod.MSP_LIMITED, "two@limited.test");
        signIn(adminEmail(t), PASSWORD);
        page.navigate(url("accounts"));
        assertThat(page.locator(".accounts-total")).hasText("2 accounts");
        Locator grid = page.locator("vaadin-grid.accounts-grid");
        assertThat(grid).not().containsText("Invitation pending");

        page.locator("#selectAllCheckbox").click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send invitations")).click();

        assertThat(page.locator("vaadin-notification-card").first()).containsText("2");
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Invitation pending")))
            .hasCount(2);
        screenshot("accounts-invitations-sent-1400");
    }

}
