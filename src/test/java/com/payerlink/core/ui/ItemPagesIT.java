package com.payerlink.core.ui;

import com.microsoft.playwright.Page;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The pages of one thing by its id ({@link ItemPage}) in Chromium, opened by a link that names nothing of the user's:
 * they say so and lead back to the list, wide and on a phone. Screenshots: target/screenshots/item-page-*.png.
 */
class ItemPagesIT extends BrowserIT {

    @Test
    void a_link_to_no_account_or_ticket_of_yours_says_not_found_and_leads_back_to_the_list() {
        Tenant t = newTenant();
        signIn(adminEmail(t), PASSWORD);

        assertNotFoundLeadsBack("accounts/" + UUID.randomUUID(), "Account not found", "Back to all accounts", "/accounts");
        assertNotFoundLeadsBack("tickets/not-a-ticket", "Ticket not found", "Back to all tickets", "/tickets");
    }

    private void assertNotFoundLeadsBack(String path, String title, String back, String list) {
        for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
            viewport(size[0], size[1]);
            page.navigate(url(path));
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText(title))).isVisible();
            waitForVaadin();
            screenshot("item-page-" + path.substring(0, path.indexOf('/')) + "-not-found-" + size[0] + "x" + size[1]);
        }
        page.getByText(back).click();
        page.waitForURL(u -> u.endsWith(list));
    }

}
