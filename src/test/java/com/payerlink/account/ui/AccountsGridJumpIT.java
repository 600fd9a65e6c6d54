package com.payerlink.account.ui;

import com.microsoft.playwright.Page;
import com.payerlink.account.ManyAccounts;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deep jumps in the accounts grid in Chromium (issue 14, item 3): a jump's rows are asked for at once, not after
 * Vaadin's 150 ms debounce; scrolling on is still asked for in few requests; and the rows shown are the right ones,
 * deep in the list (pages sought from bookmarks) and back at the top.
 */
class AccountsGridJumpIT extends BrowserIT {

    // Records, in the page, when the grid asked for root pages and when the connector sent a request for rows.
    private static final String RECORD_REQUESTS = """
            grid => {
              const c = grid.$connector;
              window.asks = [];
              window.sends = [];
              const ask = c.debounceRootRequest;
              c.debounceRootRequest = page => { window.asks.push(performance.now()); ask(page); };
              const send = grid.$server.setViewportRange;
              grid.$server.setViewportRange = function (first, size) {
                window.sends.push({ at: performance.now(), asksBefore: window.asks.length,
                                    lastAsk: window.asks[window.asks.length - 1], first, size });
                return send.apply(this, arguments);
              };
            }""";

    // the grid shows the text in a cell and is done loading
    private static final String SHOWN = """
            text => { const grid = document.querySelector('vaadin-grid.accounts-grid');
                      return !!grid && !grid.loading && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                          .some(c => c.textContent === text); }""";

    @Autowired
    AccountListService lists;

    private UserAccount operator;

    @BeforeEach
    void tenantOfThreeThousandAccounts() {
        Tenant tenant = newTenant();
        operator = newUser(tenant, Role.OPERATOR);
        ManyAccounts.create(lists, tenant, "Jump", 200_000_000_000L, 3_000);
    }

    @Test
    void a_deep_jump_asks_for_its_rows_at_once_and_shows_the_row_jumped_to() {
        viewport(1400, 900);
        openGrid();

        page.locator("vaadin-grid.accounts-grid").evaluate("grid => grid.scrollToIndex(2199)");
        shown("Jump 02200");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sends = (List<Map<String, Object>>) page.evaluate("window.sends");
        assertThat(sends).isNotEmpty();
        Map<String, Object> first = sends.get(0);
        double waited = ((Number) first.get("at")).doubleValue() - ((Number) first.get("lastAsk")).doubleValue();
        // Vaadin's connector sends only 150 ms after the last ask
        assertThat(waited).as("ms from the grid's last ask to the request").isLessThan(150);
        assertThat(((Number) first.get("first")).intValue()).isBetween(2_000, 2_199);
        screenshot("accounts-grid-deep-jump-1400");

        page.locator("vaadin-grid.accounts-grid").evaluate("grid => grid.scrollToIndex(0)");
        shown("Jump 00001");
        viewport(390, 844);
        page.locator("vaadin-grid.accounts-grid").evaluate("grid => grid.scrollToIndex(1499)");
        shown("Jump 01500");
        screenshot("accounts-grid-deep-jump-390");
    }

    @Test
    void scrolling_on_is_asked_for_in_few_requests_and_ends_on_the_right_rows() {
        openGrid();

        Number asks = (Number) page.locator("vaadin-grid.accounts-grid").evaluate("""
                grid => new Promise(resolve => {
                  const scroller = grid.$.table;
                  let frame = 0;
                  const step = () => {
                    scroller.scrollTop += 400;
                    if (++frame < 40) { requestAnimationFrame(step); } else { resolve(window.asks.length); }
                  };
                  requestAnimationFrame(step);
                })""");
        Number rowAtTop = (Number) page.locator("vaadin-grid.accounts-grid").evaluate("""
                grid => Math.round(grid.$.table.scrollTop / grid.$.items.firstElementChild.offsetHeight)""");
        // the name of a row in view once scrolling stopped
        shown(String.format("Jump %05d", rowAtTop.intValue() + 3));

        Number sends = (Number) page.evaluate("window.sends.length");
        assertThat(asks.intValue()).isGreaterThan(5);
        assertThat(sends.intValue()).as("requests for %s asks", asks).isLessThan(asks.intValue());
    }

    private void openGrid() {
        signIn(operator.email(), PASSWORD);
        page.navigate(url("accounts"));
        shown("Jump 00001");
        waitForVaadin();
        page.locator("vaadin-grid.accounts-grid").evaluate(RECORD_REQUESTS);
    }

    private void shown(String name) {
        page.waitForFunction(SHOWN, name, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

}
