package com.payerlink.payer.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CostExportQuery;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.payer.Payers;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.payerlink.payer.domain.PayerMember;
import com.payerlink.payer.domain.PayerMemberService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.aws.LinkedAccount;
import com.payerlink.verification.domain.OrganizationService;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payer's members in Chromium (issue 15, item 1): the organization read from AWS Organizations (AwsStub's
 * ListAccounts, paged) on the payer's page, grouped into a customer by selecting rows, who joined and left flagged in
 * the members grid, the accounts grid and on Home. Screenshots in target/screenshots/payer-*.png.
 */
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
    OrganizationService organizations;

    @Autowired
    LimitedExtractionService limited;

    @Test
    void an_operator_sees_the_payer_s_members_groups_them_and_sees_who_joined_and_left() {
        Tenant t = newTenant();
        CustomerAccount payer = Payers.syncedPayer(aws, accountService, verificationService, members, t, 96, 9600, 25);
        as(t, Role.OPERATOR, () -> customers.create("Contoso Retail", "finops@contoso.example"));
        // member 9605 is connected too, added from the organization's list (as its StackSet would report it)
        as(t, Role.OPERATOR, () -> organizations.addLinkedAccounts(payer.id(), List.of(new LinkedAccount(
                Payers.member(9605).value(), "Member 9605", "", "ACTIVE")), ConnectionMethod.MSP_SINGLE));
        // member 9600 left the organization, 9625 joined: the browser's "Sync now" reads it
        Payers.organizationOf(aws, payer, 9601, 25);

        viewport(1400, 900);
        signIn(newUser(t, Role.OPERATOR).email(), PASSWORD);
        page.navigate(url("accounts/" + payer.id()));
        // the page is shown again once the browser's time zone is known: act on the page as it then is
        waitForVaadin();
        Locator grid = page.locator("#members-grid");
        assertThat(grid).isVisible();
        assertThat(page.locator("#members-status")).containsText("25 members");
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Member 9601"))
            .first()).isVisible();
        assertThat(grid.locator(".member-connection")).hasCount(1);
        assertThat(grid.locator(".member-connection")).hasText("Draft");

        page.locator("#sync-members").click();
        assertThat(page.locator("#members-status")).containsText("1 new, 1 removed");
        // the grid draws only the rows in view: the changed ones are a filter away
        page.getByLabel("Show").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("New or removed")).click();
        assertThat(grid.locator(".member-flag")).hasText(new String[] { "New", "Removed" });
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Member 9625")))
            .hasCount(1);
        grid.scrollIntoViewIfNeeded();
        screenshot("payer-members-changed-1400x900");
        page.getByLabel("Show").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("All members")).click();

        checkbox("Member 9601").click();
        checkbox("Member 9602").click();
        page.locator("#member-customer input").fill("Contoso");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Contoso Retail")).click();
        page.locator("#group-members").click();
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Contoso Retail")))
            .hasCount(2);
        assertThat(as(t, Role.VIEWER, () -> members.members(payer.id())))
            .filteredOn(m -> "Contoso Retail".equals(m.customerName())).extracting(PayerMember::name)
            .containsExactlyInAnyOrder("Member 9601", "Member 9602");
        page.locator("#members-grid").scrollIntoViewIfNeeded();
        screenshot("payer-members-1400x900");
        viewport(390, 844);
        page.locator("#members-grid").scrollIntoViewIfNeeded();
        screenshot("payer-members-390x844");
        viewport(1400, 900);

        page.navigate(url("accounts"));
        // the payer's row says its organization changed; the grid's last columns, scrolled into view
        Locator changed = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
            .setHasText(Pattern.compile("^Changed$")));
        assertThat(changed).hasCount(1);
        page.locator("vaadin-grid").first().evaluate("g => g.$.table.scrollLeft = g.$.table.scrollWidth");
        assertThat(changed).isInViewport();
        page.waitForTimeout(500);
        screenshot("payer-accounts-grid-1400x900");

        page.navigate(url(""));
        waitForVaadin();
        Locator changes = page.locator("[data-queue=member-changes]");
        assertThat(changes).containsText("1 new, 1 removed");
        screenshot("payer-home-1400x900");
        viewport(390, 844);
        changes.scrollIntoViewIfNeeded();
        screenshot("payer-home-390x844");
    }

    @Test
    void the_wizard_of_a_limited_account_shows_the_export_to_create_in_the_payer() {
        Tenant t = newTenant();
        CustomerAccount payer = Payers.syncedPayer(aws, accountService, verificationService, members, t, 97, 9700, 3);
        CustomerAccount account = Payers.limitedAccount(accountService, members, customers, limited, t, payer, 9700,
                "597059705970");

        viewport(1400, 900);
        signIn(newUser(t, Role.OPERATOR).email(), PASSWORD);
        page.navigate(url("accounts/" + account.id() + "?step=5"));
        waitForVaadin();

        assertThat(page.locator("#export-query")).hasText(CostExportQuery.agreedAccounts(List.of(
                Payers.member(9700).value(), Payers.member(9701).value())));
        assertThat(page.locator("#export-command")).containsText("aws cloudformation deploy --region us-east-1");
        assertThat(page.locator("#export-bucket-accepts")).containsText("ExportSourceAccount="
                + payer.accountId().value());
        page.locator("#export-bucket-accepts").scrollIntoViewIfNeeded();
        screenshot("payer-limited-export-step5-1400x900");
        viewport(390, 844);
        page.locator("#export-bucket-accepts").scrollIntoViewIfNeeded();
        screenshot("payer-limited-export-step5-390x844");
    }

    private Locator checkbox(String memberName) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select " + memberName));
    }

}
