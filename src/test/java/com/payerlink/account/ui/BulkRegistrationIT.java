package com.payerlink.account.ui;

import com.microsoft.playwright.Page;
import com.payerlink.account.ManyAccounts;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountService;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An org admin, in Chromium, filters the grid (the URL follows; Back returns), selects all 1,000 matching accounts with
 * the header checkbox, registers them in one action and watches their one verification's live progress.
 */
class BulkRegistrationIT extends BrowserIT {

    @Autowired
    AccountListService lists;

    @Autowired
    AccountService accounts;

    @Autowired
    VerificationService verification;

    @Test
    void select_all_matching_register_and_watch_the_progress() {
        Tenant t = newTenant();
        RegisteredAccounts aws = new RegisteredAccounts(accounts, t).allPass(AwsStub.shared());
        ManyAccounts.create(lists, t, "Customer", 100_000_000_000L, 1_000);
        ManyAccounts.makeReady(t, "Customer", aws.roleName());
        ManyAccounts.create(lists, t, "Draft", 200_000_000_000L, 2);
        signIn(adminEmail(t), PASSWORD);

        page.navigate(url("accounts?state=DRAFT"));
        assertThat(page.locator(".accounts-total")).hasText("2 accounts");
        page.locator(".account-filters vaadin-text-field input").fill("customer");
        page.waitForURL(Pattern.compile(".*/accounts\\?.*q=customer.*"));
        page.locator(".account-filters vaadin-multi-select-combo-box [part~='clear-button']").click();
        page.waitForURL(Pattern.compile(".*/accounts\\?q=customer$"));
        assertThat(page.locator(".accounts-total")).hasText("1,000 accounts");
        page.goBack();
        assertThat(page.locator(".accounts-total")).hasText("0 accounts");
        page.goForward();
        assertThat(page.locator(".accounts-total")).hasText("1,000 accounts");

        page.locator("#selectAllCheckbox").click();
        assertThat(page.locator(".selection-count")).hasText("All 1,000 matching accounts selected");
        screenshot("bulk-registration-all-matching");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Register…")).click();
        assertThat(page.locator(".ready-count")).containsText("1,000 of 1,000 selected accounts are ready to register.");
        screenshot("bulk-registration-dialog");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Register 1,000 and verify")).click();

        page.waitForURL(Pattern.compile(".*/verification/[0-9a-f-]{36}$"));
        assertThat(page.locator("#batch-counts")).containsText("of 1000 done");
        UUID batchId = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
        // live progress: the page's counts move on without a reload
        assertThat(page.locator("#batch-counts")).not().hasText(Pattern.compile("^0 of 1000 done.*"),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(120_000));
        screenshot("bulk-registration-progress");
        BatchProgress done = await("batch " + batchId).atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
            .until(() -> as(t, Role.ORG_ADMIN, () -> verification.progress(batchId)).orElseThrow(), BatchProgress::isFinished);
        org.assertj.core.api.Assertions.assertThat(done.passed()).isEqualTo(1_000);
    }

}
