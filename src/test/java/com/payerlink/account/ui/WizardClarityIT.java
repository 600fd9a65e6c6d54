package com.payerlink.account.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.payerlink.TestAccounts;
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

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard as a first-time org admin and a viewer meet it in Chromium (issue 13, item 2): one confirmation for
 * the report settings and today's console (Data Exports and the legacy CUR), a step 5 button that says what it
 * means, a template that wraps and a copy button that confirms, one action at step 6, and the real step progress.
 */
class WizardClarityIT extends BrowserIT {

    @Autowired
    AccountService accounts;


    @Test
    void an_org_admin_confirms_the_report_once_reads_a_wrapped_template_copies_it_and_has_one_action_at_step_6() {
        Tenant t = newTenant();
        CustomerAccount account = atCostReport(t, "313131313131", "Northwind Traders");
        viewport(1400, 900);
        signIn(adminEmail(t), PASSWORD);
        page.navigate(url("accounts/" + account.id()));
        waitForVaadin();

        assertThat(page.locator(".wizard-step h3")).hasText("Step 4 · Cost and Usage Report");
        Locator checklist = page.locator(".cur-checklist");
        assertThat(checklist.locator("vaadin-checkbox")).hasCount(1);
        assertThat(checklist.locator("vaadin-checkbox")).hasText("My report has these settings");
        assertThat(checklist).containsText("Data Exports");
        assertThat(checklist).containsText("Legacy CUR export");
        assertThat(checklist).containsText("CUR 2.0");
        assertThat(page.getByText("Open Data Exports in the AWS console")).hasAttribute("href",
                "https://console.aws.amazon.com/costmanagement/home#/bcm-data-exports");
        screenshot("wizard-step-4-1400");
        viewport(390, 844);
        screenshot("wizard-step-4-390");
        viewport(1400, 900);

        page.getByLabel("S3 bucket of the report").fill("northwind-cur");
        page.getByLabel("Report name").fill("northwind-hourly");
        page.getByText("My report has these settings").click();
        assertThat(checklist.locator("vaadin-checkbox")).hasAttribute("checked", "");
        nextButton().click();

        assertThat(page.locator(".wizard-step h3")).hasText("Step 5 · CloudFormation");
        assertThat(nextButton()).hasText("The stack is CREATE_COMPLETE");
        page.getByText("View the template").click();
        Locator template = page.locator("pre.template-yaml");
        assertThat(template).containsText("sts:ExternalId");
        assertThat(page.locator("#copy-template")).containsText("Copy template");
        page.locator("#copy-template").click();
        assertThat(page.locator("#copy-template")).containsText("Copied");
        assertThat(page.locator("#copy-template")).not().containsText("Copy template");
        assertThat(page.locator("#copy-template")).hasAttribute("data-copied", "true");
        assertThat(overflowsSideways(template)).as("template wider than its box at 1400 px").isFalse();
        screenshot("wizard-step-5-1400");
        viewport(390, 844);
        assertThat(overflowsSideways(template)).as("template wider than its box at 390 px").isFalse();
        assertThat(overflowsSideways(page.locator("html"))).as("page scrolls sideways at 390 px").isFalse();
        assertThat(rightEdge(page.locator(".wizard-step"))).as("step 5's right edge at 390 px").isLessThanOrEqualTo(390);
        assertThat(rightEdge(template)).as("the template's right edge at 390 px").isLessThanOrEqualTo(390);
        screenshot("wizard-step-5-390");
        viewport(1400, 900);

        nextButton().click();
        assertThat(page.locator(".wizard-step h3")).hasText("Step 6 · Role ARN");
        Locator primary = page.locator(".wizard-view vaadin-button[theme~=primary]:visible");
        assertThat(primary).hasCount(1);
        assertThat(primary).hasText("Save and register");
        assertThat(nextButton()).isHidden();
        screenshot("wizard-step-6-1400");
        viewport(390, 844);
        screenshot("wizard-step-6-390");
    }

    @Test
    void a_viewer_sees_the_real_progress_ticks_only_on_the_steps_done() {
        Tenant t = newTenant();
        CustomerAccount draft = TestAccounts.create(accounts, t, "323232323232", "Contoso Draft",
                ConnectionMethod.MSP_SINGLE, "");
        CustomerAccount halfway = atCostReport(t, "333333333333", "Contoso Halfway");
        UserAccount viewer = newUser(t, Role.VIEWER);
        viewport(1400, 900);
        signIn(viewer.email(), PASSWORD);

        page.navigate(url("accounts/" + draft.id()));
        assertThat(page.locator(".wizard-step h3")).hasText("Step 1 · AWS partition");
        assertThat(steps()).hasCount(6);
        assertThat(steps().nth(0)).hasAttribute("aria-current", "step");
        assertThat(page.locator(".step-indicator vaadin-button.step[data-done=true]")).hasCount(0);
        assertThat(page.locator(".step-indicator vaadin-button.step vaadin-icon")).hasCount(0);
        assertThat(page.locator(".step-indicator vaadin-button.step[disabled]")).hasCount(5);
        screenshot("wizard-viewer-draft-1400");

        page.navigate(url("accounts/" + halfway.id()));
        assertThat(page.locator(".wizard-step h3")).hasText("Step 4 · Cost and Usage Report");
        assertThat(doneSteps()).isEqualTo(List.of("1 AWS partition", "2 Account", "3 Billing access"));
        assertThat(page.locator(".step-indicator vaadin-button.step vaadin-icon")).hasCount(3);
        assertThat(page.locator(".step-indicator vaadin-button.step[disabled]")).hasCount(2);
        viewport(390, 844);
        screenshot("wizard-viewer-step-4-390");
    }

    /** A new account with steps 1 to 3 saved: the wizard opens at step 4. */
    private CustomerAccount atCostReport(Tenant t, String awsId, String name) {
        CustomerAccount a = TestAccounts.create(accounts, t, awsId, name, ConnectionMethod.MSP_SINGLE, "");
        return as(t, Role.OPERATOR, () -> {
            CustomerAccount c = accounts.savePartition(a.id(), a.version(), Partition.AWS);
            return accounts.confirmBillingAccess(c.id(), c.version(), true);
        });
    }

    private Locator nextButton() {
        return page.locator("#wizard-next");
    }

    private Locator steps() {
        return page.locator(".step-indicator vaadin-button.step");
    }

    private List<String> doneSteps() {
        return page.locator(".step-indicator vaadin-button.step[data-done=true]").allInnerTexts().stream()
            .map(String::strip).toList();
    }

    /** Where the element ends on the right, in CSS pixels from the viewport's left edge. */
    private static double rightEdge(Locator element) {
        var box = element.boundingBox();
        return box.x + box.width;
    }

    /** Whether the element's content is wider than the element itself (it would scroll or be cut off sideways). */
    private static boolean overflowsSideways(Locator element) {
        return (Boolean) element.evaluate("e => e.scrollWidth > e.clientWidth + 1");
    }

}
