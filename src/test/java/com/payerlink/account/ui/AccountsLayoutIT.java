package com.payerlink.account.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.payerlink.TestAccounts;
import com.payerlink.account.ManyAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout and accessibility a person would notice (issue 13, item 7): the accounts page on a phone, row checkboxes
 * announced by account, upcoming wizard steps readable (WCAG AA), and a dark theme that stays the user's choice.
 */
class AccountsLayoutIT extends BrowserIT {

    // WCAG 2.x contrast of the rendered text colour on the rendered background behind it, in the page itself
    private static final String CONTRAST = """
            el => {
              const rgb = c => c.match(/[\\d.]+/g).map(Number);
              let bg = null;
              for (let n = el; n && !bg; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                const c = getComputedStyle(n).backgroundColor;
                if (c && rgb(c).length === 3 || (rgb(c).length === 4 && rgb(c)[3] > 0.99)) { bg = rgb(c); }
              }
              bg = bg || rgb(getComputedStyle(document.body).backgroundColor);
              const fg = rgb(getComputedStyle(el).color);
              const a = fg.length === 4 ? fg[3] : 1;
              const mixed = [0, 1, 2].map(i => fg[i] * a + bg[i] * (1 - a));
              const lum = c => { const s = c.map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                                 return 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2]; };
              const [l1, l2] = [lum(mixed), lum(bg.slice(0, 3))].sort((x, y) => y - x);
              return (l1 + 0.05) / (l2 + 0.05);
            }""";

    @Autowired
    AccountService accounts;

    private Tenant tenant;

    private UserAccount operator;

    @BeforeEach
    void tenantWithAccounts() {
        tenant = newTenant();
        operator = newUser(tenant, Role.OPERATOR);
        for (int i = 0; i < 12; i++) {
            TestAccounts.create(accounts, tenant, String.format("4242000000%02d", i), "Shop " + (char) ('A' + i),
                    ConnectionMethod.MSP_LIMITED, "cloud@shop.test");
        }
    }

    @Test
    void on_a_phone_the_accounts_page_keeps_new_account_and_eight_rows_and_folds_the_filters() {
        page.setViewportSize(390, 844);
        signIn(operator.email(), PASSWORD);
        page.navigate(url("accounts"));
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select Shop A (424200000000)")))
            .hasCount(1);

        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New account"))).isInViewport();
        assertThat(page.locator(".account-filters")).isHidden();
        Number visibleRows = (Number) page.locator("vaadin-grid.accounts-grid").evaluate("""
                grid => [...grid.shadowRoot.querySelectorAll('tbody#items tr:not([hidden])')].filter(tr => {
                  const r = tr.getBoundingClientRect(), g = grid.getBoundingClientRect();
                  return r.height > 0 && r.top >= g.top && r.bottom <= Math.min(g.bottom, window.innerHeight) + 1;
                }).length""");
        screenshot("accounts-390");
        assertThat(visibleRows.intValue()).as("account rows fully on screen at 390x844").isGreaterThanOrEqualTo(8);

        page.locator("vaadin-button.filters-toggle").click();
        assertThat(page.locator(".account-filters")).isVisible();
        assertThat(page.locator("vaadin-button.filters-toggle")).hasAttribute("aria-expanded", "true");
        screenshot("accounts-390-filters");

        page.setViewportSize(1400, 900);
        assertThat(page.locator("vaadin-button.filters-toggle")).isHidden();
        assertThat(page.locator(".account-filters")).isVisible();
        screenshot("accounts-1400");
    }

    @Test
    void every_column_header_stands_above_its_cells_on_a_wide_screen_and_on_a_phone() {
        signIn(operator.email(), PASSWORD);
        for (int[] size : new int[][] {{1400, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("accounts"));
            assertThat(page.locator(".accounts-total")).hasText("12 accounts");
            // the widest gap, in pixels, between a column's header cell and its cell in a row
            Number gap = (Number) page.locator("vaadin-grid.accounts-grid").evaluate("""
                    grid => {
                      const cells = sel => [...grid.shadowRoot.querySelectorAll(sel)].filter(c => !c.hidden);
                      const header = cells('thead#header tr:first-child [part~="cell"]');
                      const row = cells('tbody#items tr:not([hidden]) [part~="cell"]').slice(0, header.length);
                      return Math.max(...header.map((h, i) => Math.abs(h.getBoundingClientRect().left
                          - row[i].getBoundingClientRect().left) + Math.abs(h.getBoundingClientRect().width
                          - row[i].getBoundingClientRect().width)));
                    }""");
            assertThat(gap.doubleValue()).as("header and cells apart at %dx%d", size[0], size[1]).isLessThan(1);
        }
        screenshot("accounts-columns-aligned-390");
    }

    @Test
    void the_state_column_draws_each_badge_in_the_browser_with_a_failed_accounts_checks_under_it() {
        ManyAccounts.sql("update customer_account set state = 'VERIFICATION_FAILED',"
                + " state_detail = 'ASSUME_ROLE_DENIED, BUCKET_MISSING' where tenant_id = ? and name = 'Shop B'", tenant.id());
        page.setViewportSize(1400, 900);
        signIn(operator.email(), PASSWORD);
        page.navigate(url("accounts"));

        var draft = page.locator("vaadin-grid-cell-content .state-cell span[theme~='badge']",
                new Page.LocatorOptions().setHasText("Draft")).first();
        assertThat(draft).hasAttribute("theme", "badge contrast");
        var failed = page.locator("vaadin-grid-cell-content .state-cell",
                new Page.LocatorOptions().setHasText("ASSUME_ROLE_DENIED"));
        assertThat(failed.locator("span[theme~='badge']")).hasAttribute("theme", "badge error");
        assertThat(failed.locator(".state-detail")).hasText("ASSUME_ROLE_DENIED, BUCKET_MISSING");
        assertThat(draft.locator("xpath=following-sibling::span[@class='state-detail']")).isHidden();
        screenshot("accounts-state-badges-1400");
        page.setViewportSize(390, 844);
        screenshot("accounts-state-badges-390");
    }

    @Test
    void upcoming_wizard_steps_meet_wcag_aa_contrast() {
        CustomerAccount fresh = TestAccounts.create(accounts, tenant, "424211112222", "Fresh Shop",
                ConnectionMethod.MSP_LIMITED, "cloud@shop.test");
        signIn(operator.email(), PASSWORD);
        page.setViewportSize(1400, 900);
        page.navigate(url("accounts/" + fresh.id()));

        var upcoming = page.locator(".step-indicator vaadin-button.step[disabled]");
        assertThat(upcoming.first()).isVisible();
        screenshot("wizard-steps-1400");
        for (int i = 0; i < upcoming.count(); i++) {
            double ratio = ((Number) upcoming.nth(i).evaluate(CONTRAST)).doubleValue();
            assertThat(ratio).as("contrast of upcoming step '%s'", upcoming.nth(i).innerText()).isGreaterThanOrEqualTo(4.5);
        }
        page.setViewportSize(390, 844);
        screenshot("wizard-steps-390");
    }

    @Test
    void the_dark_theme_is_remembered_for_the_user_in_another_browser() {
        signIn(operator.email(), PASSWORD);
        page.setViewportSize(1400, 900);
        page.navigate(url("accounts"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Light theme"))).isVisible();
        screenshot("accounts-dark-1400");
        assertThat(dark(page)).isTrue();

        Page other = newBrowserSession();
        signIn(other, operator.email(), PASSWORD);
        other.navigate(url("accounts"));
        assertThat(other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Light theme"))).isVisible();
        assertThat(dark(other)).isTrue();

        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Light theme")).click();
        assertThat(other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"))).isVisible();
        assertThat(dark(other)).isFalse();
    }

    /** Whether the page is drawn dark: Lumo's dark theme is set and the body's background really is dark. */
    private static boolean dark(Page p) {
        return (Boolean) p.evaluate("""
                () => {
                  const themed = (document.documentElement.getAttribute('theme') || '').includes('dark');
                  const c = getComputedStyle(document.documentElement).backgroundColor.match(/[\\d.]+/g).map(Number);
                  const bodyC = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
                  const pick = bodyC.length === 4 && bodyC[3] === 0 ? c : bodyC;
                  return themed && (pick[0] + pick[1] + pick[2]) / 3 < 80;
                }""");
    }

}
