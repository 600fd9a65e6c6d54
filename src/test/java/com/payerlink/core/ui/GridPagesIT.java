package com.payerlink.core.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages whose body is one grid ({@link GridPage}) in Chromium, wide and on a phone: the grid stands below the
 * page's heading and reaches down to the window's bottom. Screenshots: target/screenshots/grid-page-*.png.
 */
class GridPagesIT extends BrowserIT {

    @Test
    void an_org_admin_s_grid_pages_fill_the_window_below_their_heading() {
        Tenant t = newTenant();
        signIn(adminEmail(t), PASSWORD);

        for (String path : List.of("api-tokens", "sessions", "audit")) {
            assertFillsTheWindow(path);
        }
    }

    @Test
    void the_platform_admin_s_tenants_page_fills_the_window_below_its_heading() {
        newTenant();
        String email = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Pat", email, Role.PLATFORM_ADMIN, PASSWORD)));
        signIn(email, PASSWORD);

        assertFillsTheWindow("tenants");
    }

    private void assertFillsTheWindow(String path) {
        for (int[] size : new int[][] { { 1400, 900 }, { 390, 844 } }) {
            viewport(size[0], size[1]);
            page.navigate(url(path));
            Locator grid = page.locator("vaadin-grid").first();
            assertThat(grid).isVisible();
            waitForVaadin();
            BoundingBox heading = page.locator("h2").first().boundingBox();
            BoundingBox box = grid.boundingBox();
            screenshot("grid-page-" + path + "-" + size[0] + "x" + size[1]);
            assertThat(box.y).as(path + ": the grid starts below the heading").isGreaterThanOrEqualTo(heading.y + heading.height);
            assertThat(box.height).as(path + ": the grid shows rows, not a sliver").isGreaterThan(150);
            assertThat(box.y + box.height).as(path + ": the grid reaches the window's bottom")
                .isBetween(size[1] - 60.0, size[1] + 1.0);
        }
    }

}
