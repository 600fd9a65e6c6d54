package com.payerlink.invitation.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end customer's invitation page as a first-time customer sees it (issue 13, item 1): four numbered steps with
 * their progress, the MSP and whom to ask, what access is granted, none of the MSP's own words, and quick to load.
 */
class InvitationPageIT extends BrowserIT {

    /** Navigation start to the page's own heading on screen, in a fresh browser (empty cache). */
    static final long LOAD_BOUND_MS = 1500;

    @Autowired
    AccountService accounts;

    @Autowired
    InvitationService invitations;

    @org.junit.jupiter.api.BeforeEach
    void patience() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void a_first_time_customer_sees_four_numbered_steps_whom_to_ask_and_what_access_is_granted() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "135713571357", "Fabrikam Retail",
                ConnectionMethod.MSP_LIMITED, "cloud@fabrikam.test");
        String link = invitePath(signedInAs(adminEmail(t),
                () -> invitations.send(List.of(account.id()))).toCopy().get(0).link());

        page.navigate(url(link));

        assertThat(page.locator("#invitation-progress-summary")).hasText("Step 1 of 4 · 0 done");
        assertThat(page.locator(".invitation-progress li")).hasCount(4);
        assertThat(page.locator(".invitation-progress li[aria-current=step]")).containsText("Allow billing access");
        assertThat(page.locator(".invitation-step h3")).containsText(new String[] {"Step 1 of 4", "Step 2 of 4",
                "Step 3 of 4", "Step 4 of 4"});
        assertThat(page.locator(".invitation-contact")).containsText(t.name());
        assertThat(page.locator(".invitation-contact a")).hasAttribute("href", "mailto:" + adminEmail(t));
        assertThat(page.locator(".invitation-access")).containsText("read-only");
        assertThat(page.locator("vaadin-button[theme~=primary]")).hasCount(1);
        assertThat(page.locator("vaadin-button[theme~=primary]")).hasText("Confirm billing access");
        String text = page.locator(".invitation-page").innerText().toLowerCase(Locale.ROOT);
        assertThat(text).doesNotContain("org admin", "operator", "wizard", "registers the connection", "step 6");
        screenshot("invitation-steps-1400");
        page.setViewportSize(390, 844);
        screenshot("invitation-steps-390");

        page.setViewportSize(1400, 900);
        page.getByText("IAM user and role access to Billing is activated in this account").click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Confirm billing access")).click();
        assertThat(page.locator("#invitation-progress-summary")).hasText("Step 2 of 4 · 1 done");
        assertThat(page.locator("vaadin-button[theme~=primary]")).hasText("Save report settings");
    }

    @Test
    void the_page_renders_within_the_bound_in_a_fresh_browser() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "246924692469", "Tailspin Toys",
                ConnectionMethod.MSP_LIMITED, "cloud@tailspin.test");
        String link = url(invitePath(as(t, Role.OPERATOR,
                () -> invitations.send(List.of(account.id()))).toCopy().get(0).link()));
        // the server's own first request (class loading, the bundle's first read) is not the customer's wait
        page.navigate(link);
        assertThat(page.locator(".invitation-page h2").first()).isVisible();

        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            times[i] = coldLoad(link);
        }
        System.out.printf("Invitation page, navigation to first render in a fresh Chromium (ms): %d, %d, %d; "
                + "bound %d ms%n", times[0], times[1], times[2], LOAD_BOUND_MS);
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        assertThat(sorted[1]).as("median of three cold loads").isLessThan(LOAD_BOUND_MS);
    }

    /** Milliseconds from the start of navigation (the page's time origin) until the page's heading is on screen. */
    private long coldLoad(String link) {
        Browser browser = page.context().browser();
        try (BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page cold = fresh.newPage();
            cold.navigate(link, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            // polled in the page itself, each animation frame, so the figure is the browser's, not the test's round trips
            Number ms = (Number) cold.evaluate("""
                    () => new Promise(done => {
                      const look = () => {
                        const h = document.querySelector('.invitation-page h2');
                        if (h && h.getBoundingClientRect().height > 0) { done(performance.now()); }
                        else { requestAnimationFrame(look); }
                      };
                      look();
                    })""");
            cold.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "invitation-cold.png")));
            return ms.longValue();
        }
    }

    private static String invitePath(String link) {
        Matcher m = Pattern.compile("/(invite/[A-Za-z0-9_-]+)").matcher(link);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

}
