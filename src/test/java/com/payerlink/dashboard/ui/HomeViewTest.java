package com.payerlink.dashboard.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.dashboard.DashboardSeed;
import com.payerlink.support.ui.TicketsView;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.payerlink.account.domain.AccountState.AWAITING_SUPPORT;
import static com.payerlink.account.domain.AccountState.IN_PROGRESS;
import static com.payerlink.account.domain.AccountState.PROCESSING;
import static com.payerlink.account.domain.AccountState.READY;
import static com.payerlink.account.domain.AccountState.VERIFICATION_FAILED;
import static com.payerlink.dashboard.DashboardSeed.account;
import static org.assertj.core.api.Assertions.assertThat;

/** Home as each role sees it; the counts shown are the database's. */
class HomeViewTest extends KaribuTest {

    @Test
    void the_funnel_shows_the_databases_counts_and_each_bar_opens_the_grid_filtered_by_its_state() {
        Tenant t = seeded();
        Tenant other = newTenant();
        account(other, READY);
        login(adminEmail(t));
        UI.getCurrent().navigate("");

        Map<AccountState, Long> inDatabase = DashboardSeed.accountsPerState(t.id());
        List<Anchor> bars = _find(Anchor.class, spec -> spec.withClasses("funnel-row"));
        assertThat(bars).hasSize(AccountState.values().length);
        for (Anchor bar : bars) {
            AccountState state = AccountState.valueOf(bar.getElement().getAttribute("data-state"));
            assertThat(bar.getHref()).isEqualTo("accounts?state=" + state.name());
            assertThat(number(bar, "funnel-count")).as(state.name()).isEqualTo(inDatabase.getOrDefault(state, 0L));
        }
        assertThat(_get(Span.class, spec -> spec.withClasses("funnel-total")).getText()).isEqualTo("9 accounts");
    }

    @Test
    void org_admins_see_what_needs_their_action_with_failures_grouped_by_check() {
        Tenant t = seeded();
        login(adminEmail(t));
        UI.getCurrent().navigate("");

        Map<String, Long> queues = queues();
        assertThat(queues).containsEntry("to-register", 1L).containsEntry("invited-waiting", 1L)
            .containsEntry("processing-overdue", 1L).containsEntry("support-unsubmitted", 1L);
        Anchor failure = _get(Anchor.class, spec -> spec.withClasses("failure").withAttribute("data-code", "ASSUME_ROLE_DENIED"));
        assertThat(number(failure, "queue-count")).isEqualTo(2);
        assertThat(failure.getHref()).isEqualTo("accounts?state=VERIFICATION_FAILED&failure=ASSUME_ROLE_DENIED");
        assertThat(link("processing-overdue")).isEqualTo("accounts?state=PROCESSING&days=3");
        assertThat(_get(ReadyChart.class).title.getText()).isEqualTo("Ready over the last 30 days: 1");
    }

    @Test
    void only_org_admins_are_asked_to_register() {
        Tenant t = seeded();
        UserAccount operator = newUser(t, Role.OPERATOR);
        login(operator.email());
        UI.getCurrent().navigate("");

        assertThat(queues()).doesNotContainKey("to-register").containsEntry("processing-overdue", 1L);
    }

    @Test
    void support_agents_land_on_their_ticket_queue() {
        UserAccount agent = newSupportAgent();
        login(agent.email());
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(TicketsView.class);
    }

    @Test
    void platform_admins_see_every_tenants_accounts_per_state() {
        Tenant t = seeded();
        String email = "platform-" + java.util.UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(
                new com.payerlink.tenant.domain.NewUser("Pat", email, Role.PLATFORM_ADMIN, PASSWORD)));
        login(email);
        UI.getCurrent().navigate("");

        PlatformOverview overview = _get(PlatformOverview.class);
        var row = overview.accounts.getListDataView().getItems().filter(r -> r.tenantId().equals(t.id())).findFirst()
            .orElseThrow();
        assertThat(row.perState()).isEqualTo(DashboardSeed.accountsPerState(t.id()));
        assertThat(row.total()).isEqualTo(9);
        assertThat(overview.accounts.getColumnByKey(READY.name()).getHeaderText()).isEqualTo("Ready");
    }

    /** 9 accounts: one of each queue, two failed on the same check, one Ready today. */
    private Tenant seeded() {
        Tenant t = newTenant();
        DashboardSeed.stepsDone(account(t, IN_PROGRESS));
        DashboardSeed.invitation(t, account(t, IN_PROGRESS), Duration.ofDays(10), false, false);
        account(t, VERIFICATION_FAILED, "ASSUME_ROLE_DENIED, CUR_NOT_HOURLY");
        account(t, VERIFICATION_FAILED, "ASSUME_ROLE_DENIED");
        DashboardSeed.processingSince(account(t, PROCESSING), Duration.ofHours(80));
        DashboardSeed.processingSince(account(t, PROCESSING), Duration.ofHours(1));
        account(t, AWAITING_SUPPORT);
        DashboardSeed.ticket(t, account(t, AWAITING_SUPPORT), "OPEN");
        var ready = account(t, READY);
        DashboardSeed.history(t, ready, "STATE_CHANGED", "Processing → Ready: first data", Duration.ofSeconds(5));
        return t;
    }

    private static Map<String, Long> queues() {
        Map<String, Long> queues = new HashMap<>();
        _find(Component.class, spec -> spec.withClasses("queue")).stream()
            .filter(c -> c.getElement().hasAttribute("data-queue"))
            .forEach(c -> queues.put(c.getElement().getAttribute("data-queue"), number(c, "queue-count")));
        return queues;
    }

    private static String link(String queue) {
        return _get(Anchor.class, spec -> spec.withAttribute("data-queue", queue)).getHref();
    }

    private static long number(Component in, String className) {
        return Long.parseLong(_get(in, Span.class, spec -> spec.withClasses(className)).getText().replace(",", ""));
    }

}
