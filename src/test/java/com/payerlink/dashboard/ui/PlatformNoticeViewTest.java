package com.payerlink.dashboard.ui;

import com.payerlink.core.PlatformNotices;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.dashboard.DashboardSeed;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform notice: once, in the main layout above every view; the fix for platform admins, what it means for
 * everyone else. This context has no mail server, so the mail notice is up throughout.
 */
class PlatformNoticeViewTest extends KaribuTest {

    private final String task = "notice-test-" + UUID.randomUUID();

    @Autowired
    PlatformNotices platformNotices;

    @AfterEach
    void removeJobs() {
        DashboardSeed.removeJobs(task);
        platformNotices.refresh();
    }

    @Test
    void tenant_users_see_what_it_means_for_them_once_above_every_view() {
        DashboardSeed.failingJob(task, "a", 5);
        platformNotices.refresh();
        Tenant t = newTenant();
        login(adminEmail(t));

        for (String view : List.of("", "accounts", "tickets")) {
            UI.getCurrent().navigate(view);
            assertThat(_find(Div.class, spec -> spec.withClasses("platform-notices"))).hasSize(1);
            assertThat(notices()).anySatisfy(n -> assertThat(n).startsWith("Some background work"))
                .anySatisfy(n -> assertThat(n).startsWith("E-mails are not sent yet"))
                .noneMatch(n -> n.contains(task) || n.contains("spring.mail.host"));
        }
    }

    @Test
    void platform_admins_see_how_to_fix_it_and_it_is_gone_once_fixed() {
        DashboardSeed.failingJob(task, "a", 5);
        platformNotices.refresh();
        loginAsPlatformAdmin();
        UI.getCurrent().navigate("");

        assertThat(notices()).anySatisfy(n -> assertThat(n).contains(task + " (1 job, up to 5 failures in a row)"))
            .anySatisfy(n -> assertThat(n).contains("spring.mail.host"));

        DashboardSeed.removeJobs(task);
        platformNotices.refresh();
        UI.getCurrent().navigate("tenants");

        assertThat(notices()).noneMatch(n -> n.contains(task)).anySatisfy(n -> assertThat(n).contains("spring.mail.host"));
    }

    private void loginAsPlatformAdmin() {
        String email = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Pat", email, Role.PLATFORM_ADMIN, PASSWORD)));
        login(email);
    }

    private static List<String> notices() {
        return _find(_get(MainLayout.class), Div.class, spec -> spec.withClasses("platform-notice")).stream()
            .map(Div::getText).toList();
    }

}
