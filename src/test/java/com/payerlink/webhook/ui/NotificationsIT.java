package com.payerlink.webhook.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.webhook.WebhookReceiver;
import com.payerlink.webhook.domain.WebhookEventType;
import com.payerlink.webhook.domain.WebhookInput;
import com.payerlink.webhook.domain.WebhookService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In Chromium: an org admin sends a test event to a real receiver and sees it delivered in the log. */
class NotificationsIT extends BrowserIT {

    @Autowired
    WebhookService webhooks;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterEach
    void defaultAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void an_org_admin_sends_a_test_event_and_sees_it_delivered() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            as(t, Role.ORG_ADMIN, () -> webhooks.create(new WebhookInput(receiver.url(),
                    Set.of(WebhookEventType.ACCOUNT_HEALTH_DEGRADED, WebhookEventType.ACCOUNT_STATE_CHANGED), true)));
            signIn(adminEmail(t), PASSWORD);
            page.navigate(url("notifications"));
            assertThat(page.locator("#daily-digest")).isVisible();

            page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Send test event"))
                .click();

            assertThat(page.locator("vaadin-notification-card")).containsText("The test event was delivered");
            Locator log = page.locator("vaadin-grid").nth(1);
            assertThat(log).containsText("webhook.test");
            assertThat(log).containsText("Delivered");
            org.assertj.core.api.Assertions.assertThat(receiver.received()).hasSize(1);
            screenshot("notifications-test-event-delivered");
        }
    }

}
