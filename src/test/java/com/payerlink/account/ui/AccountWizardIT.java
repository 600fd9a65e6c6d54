package com.payerlink.account.ui;

import com.microsoft.playwright.Page;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;


/** An operator, in Chromium, opens an account from the grid and walks two wizard steps. */
class AccountWizardIT extends BrowserIT {

    @Autowired
    AccountService accountService;

    @Test
    void an_operator_opens_an_account_and_walks_two_steps() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        CustomerAccount account = as(t, Role.OPERATOR, () -> accountService.create(Partition.AWS, new AccountDetails("012345678901", "Café Lumière GmbH",
                        ConnectionMethod.MSP_SINGLE, "")));

        signIn(operator.email(), PASSWORD);
        page.navigate(url("accounts"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Café Lumière GmbH")).click();
        page.waitForURL(u -> u.contains("/accounts/" + account.id()));
        assertThat(page.locator("h3")).hasText("Step 1 · AWS partition");

        page.getByText("Save and continue").click();
        assertThat(page.locator("h3")).hasText("Step 2 · Account");
        page.getByLabel("Contacts").fill("finops@cafe.example");
        page.getByText("Save and continue").click();
        assertThat(page.locator("h3")).hasText("Step 3 · Billing access");
        screenshot("wizard-step-3");

        CustomerAccount saved = as(t, Role.OPERATOR, () -> accountService.get(account.id()));
        org.assertj.core.api.Assertions.assertThat(saved.wizardStep()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(saved.contactEmails()).containsExactly("finops@cafe.example");
    }

}
