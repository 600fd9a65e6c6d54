package com.payerlink.security;

import com.microsoft.playwright.Response;
import com.payerlink.core.ui.BrowserIT;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The content security policy is strict enough to forbid framing and foreign scripts, yet Vaadin still works. */
class ContentSecurityPolicyIT extends BrowserIT {

    @Test
    void vaadin_signs_in_and_navigates_under_the_policy_without_a_violation() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        Tenant t = newTenant();

        Response login = page.navigate(url("login"));
        assertThat(login.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        signIn(adminEmail(t), PASSWORD);
        assertThat(page.locator(".tenant-name")).hasText(t.name());
        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Users")).click();
        assertThat(page.locator("vaadin-grid")).containsText(adminEmail(t));

        assertThat(violations).isEmpty();
    }

}
