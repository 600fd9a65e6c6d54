package com.payerlink.support.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A support agent's first day (issue 13, item 5): signing in lands on the queue, they take a ticket, find it under
 * "My tickets", link the customer's account by its ID, and close it with "Close ticket".
 */
class SupportQueueIT extends BrowserIT {

    @Autowired
    TicketService tickets;

    @Autowired
    AccountService accounts;


    @Test
    void an_agent_lands_on_the_queue_takes_a_ticket_links_an_account_and_closes_it() {
        Tenant t = newTenant();
        TestAccounts.create(accounts, t, "424233334444", "Woodgrove Bank", ConnectionMethod.MSP_LIMITED, "c@woodgrove.test");
        Ticket ticket = signedInAs(adminEmail(t), () -> tickets.create(
                new TicketForm("Report not delivered " + t.code(), "", TicketPriority.HIGH), List.of()));
        UserAccount agent = newSupportAgent();

        page.setViewportSize(1400, 900);
        signIn(agent.email(), PASSWORD);
        page.waitForURL(Pattern.compile(".*/tickets$"));
        assertThat(page.locator("h2").first()).hasText("Support queue");
        page.locator("vaadin-text-field input").first().fill(t.code());
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(ticket.reference()));
        assertThat(row).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Unassigned")).first())
            .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(Pattern.compile("^\\d+ min$")))
            .first()).isVisible();
        screenshot("support-queue-1400");

        row.click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Assign to me")).click();
        assertThat(page.locator("#ticket-assignee")).hasText("Assigned to " + agent.email() + ".");
        page.getByLabel("Link an account").fill("424233334444");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Link account")).click();
        assertThat(page.locator(".ticket-view li", new Page.LocatorOptions().setHasText("Woodgrove Bank · 424233334444")))
            .isVisible();
        page.locator("#ticket-status-actions vaadin-button", new Page.LocatorOptions().setHasText("Resolve")).click();
        Locator close = page.locator("#ticket-status-actions vaadin-button", new Page.LocatorOptions().setHasText("Close ticket"));
        assertThat(close).isVisible();
        screenshot("support-ticket-1400");
        page.setViewportSize(390, 844);
        // the banner above wraps to four lines on a phone: let the layout settle, as the other screenshots do
        page.waitForTimeout(500);
        screenshot("support-ticket-390");
        page.setViewportSize(1400, 900);
        close.click();
        assertThat(page.locator("#ticket-status")).hasText("Closed");

        page.navigate(url("tickets"));
        page.getByText("My tickets").click();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(ticket.reference())))
            .hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(agent.email())).first())
            .isVisible();
        page.setViewportSize(390, 844);
        screenshot("support-queue-390");
    }

}
