package com.payerlink.security;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Threat: an operator whose access the org admin took away goes on working in a tab opened before. In Chromium,
 * with two browser sessions: the org admin disables the operator; the operator's open tab's next action is
 * refused and lands on the login view, and nothing of that action is saved.
 */
class StaleSessionIT extends BrowserIT {

    @Autowired
    AccountService accountService;

    @BeforeEach
    void patientAssertions() {
        // the first render of a view on a busy build machine can take longer than the 5 s default
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterEach
    void defaultAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void an_operator_disabled_by_the_org_admin_is_refused_in_the_tab_opened_before() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        CustomerAccount account = CurrentScope.callAs(new DatabaseScope(t.id(), Role.OPERATOR, null),
                () -> accountService.create(Partition.AWS, new AccountDetails("012345678901", "Stale Tab Ltd",
                        ConnectionMethod.MSP_SINGLE, "")));
        signIn(operator.email(), PASSWORD);
        page.navigate(url("accounts/" + account.id()));
        assertThat(page.locator("h3")).hasText("Step 1 · AWS partition");

        Page admin = newBrowserSession();
        signIn(admin, adminEmail(t), PASSWORD);
        admin.navigate(url("users"));
        Locator disableButtons = admin.locator("vaadin-button", new Page.LocatorOptions().setHasText("Disable"));
        assertThat(disableButtons).hasCount(2);
        // users are listed by name: "Admin …" first, then "Operator of …"
        disableButtons.nth(1).click();
        assertThat(admin.locator("vaadin-notification-card")).containsText(operator.email() + " can no longer sign in");

        page.getByText("Save and continue").click();

        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("stale-session-on-login");
        CustomerAccount unchanged = CurrentScope.callAs(new DatabaseScope(t.id(), Role.OPERATOR, null),
                () -> accountService.get(account.id()));
        org.assertj.core.api.Assertions.assertThat(unchanged.wizardStep()).as("the refused action saved nothing").isEqualTo(1);
    }

}
