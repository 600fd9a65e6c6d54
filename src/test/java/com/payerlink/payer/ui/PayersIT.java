package com.payerlink.payer.ui;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.payer.Payers;
import com.payerlink.payer.domain.Customer;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.payerlink.payer.domain.PayerMemberService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In Chromium: a payer's members with their flags, the Customers page, a limited account's extraction; screenshots. */
class PayersIT extends BrowserIT {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    AccountService accountService;

    @Autowired
    VerificationService verificationService;

    @Autowired
    PayerMemberService members;

    @Autowired
    CustomerService customers;

    @Autowired
    LimitedExtractionService limited;

    @Test
    void members_customers_and_a_limited_extraction_read_well_on_a_desktop_and_a_phone() {
        Tenant t = newTenant();
        CustomerAccount payer = Payers.verifiedPayer(aws, accountService, verificationService, t, 91);
        Payers.organizationOf(aws, payer, 9500, 6);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        Payers.organizationOf(aws, payer, 9501, 7);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        Customer acme = as(t, Role.OPERATOR, () -> customers.create("Acme Corp", "billing@acme.example"));
        as(t, Role.OPERATOR, () -> members.group(payer.id(), List.of(Payers.member(9501), Payers.member(9502)), acme.id()));
        CustomerAccount account = as(t, Role.OPERATOR, () -> accountService.create(Partition.AWS, new AccountDetails(
                RegisteredAccounts.awsId(92), "Acme (limited)", ConnectionMethod.MSP_LIMITED, "")));
        as(t, Role.OPERATOR, () -> limited.link(account.id(), acme.id(), acme.version(), null));
        signIn(adminEmail(t), PASSWORD);

        for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("accounts/" + payer.id()));
            page.locator("#members-grid").scrollIntoViewIfNeeded();
            assertThat(page.locator("#members-status")).containsText("1 new, 1 removed");
            assertThat(page.locator("#members-grid")).containsText("Removed");
            screenshot("payer-members-" + size[0]);
            page.navigate(url("customers"));
            assertThat(page.locator("#customers-grid")).containsText("Acme Corp");
            screenshot("customers-" + size[0]);
            page.navigate(url("accounts/" + account.id()));
            page.locator("#export-query").scrollIntoViewIfNeeded();
            assertThat(page.locator("#export-query")).containsText("'700000009501', '700000009502'");
            screenshot("limited-extraction-" + size[0]);
        }
    }

}
