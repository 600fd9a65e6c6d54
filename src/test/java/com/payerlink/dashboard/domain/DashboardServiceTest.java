package com.payerlink.dashboard.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountState;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.payerlink.account.domain.AccountState.AWAITING_SUPPORT;
import static com.payerlink.account.domain.AccountState.DRAFT;
import static com.payerlink.account.domain.AccountState.IN_PROGRESS;
import static com.payerlink.account.domain.AccountState.PROCESSING;
import static com.payerlink.account.domain.AccountState.READY;
import static com.payerlink.account.domain.AccountState.VERIFICATION_FAILED;
import static com.payerlink.dashboard.DashboardSeed.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.payerlink.dashboard.DashboardSeed;

/** Each dashboard widget's query on real PostgreSQL: its counts are the database's, and only the tenant's own. */
class DashboardServiceTest extends IntegrationTest {

    @Autowired
    DashboardService dashboard;

    @Test
    void the_funnel_counts_the_tenants_accounts_per_state_in_lifecycle_order() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        for (AccountState s : new AccountState[] { DRAFT, DRAFT, IN_PROGRESS, VERIFICATION_FAILED, PROCESSING, READY, READY, READY }) {
            account(t, s);
        }
        account(other, READY);
        account(other, VERIFICATION_FAILED);

        var funnel = as(t, Role.VIEWER, dashboard::funnel);

        assertThat(funnel).extracting(StateCount::state).containsExactly(AccountState.values());
        Map<AccountState, Long> inDatabase = DashboardSeed.accountsPerState(t.id());
        funnel.forEach(c -> assertThat(c.accounts()).as(c.state().name()).isEqualTo(inDatabase.getOrDefault(c.state(), 0L)));
        assertThat(funnel.stream().mapToLong(StateCount::accounts).sum()).isEqualTo(8);
        assertThat(funnel).contains(new StateCount(READY, 3), new StateCount(AWAITING_SUPPORT, 0));
    }

    @Test
    void failed_verifications_are_grouped_by_the_failed_checks_code() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        account(t, VERIFICATION_FAILED, "ASSUME_ROLE_DENIED, CUR_BUCKET_MISSING");
        account(t, VERIFICATION_FAILED, "ASSUME_ROLE_DENIED");
        account(t, VERIFICATION_FAILED, "CUR_NOT_HOURLY");
        // a detail left from before is no failure of an account that moved on
        account(t, PROCESSING, "ASSUME_ROLE_DENIED");
        account(other, VERIFICATION_FAILED, "ASSUME_ROLE_DENIED");

        assertThat(as(t, Role.OPERATOR, dashboard::failuresByCode)).containsExactly(
                new FailureCount("ASSUME_ROLE_DENIED", 2), new FailureCount("CUR_BUCKET_MISSING", 1),
                new FailureCount("CUR_NOT_HOURLY", 1));
    }

    @Test
    void the_action_queues_count_what_waits_for_the_tenant() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        DashboardSeed.stepsDone(account(t, IN_PROGRESS));
        DashboardSeed.stepsDone(account(t, IN_PROGRESS));
        account(t, IN_PROGRESS);
        DashboardSeed.stepsDone(account(other, IN_PROGRESS));

        DashboardSeed.invitation(t, account(t, IN_PROGRESS), Duration.ofDays(8), false, false);
        DashboardSeed.invitation(t, account(t, DRAFT), Duration.ofDays(9), false, false);
        DashboardSeed.invitation(t, account(t, IN_PROGRESS), Duration.ofDays(8), true, false);
        DashboardSeed.invitation(t, account(t, IN_PROGRESS), Duration.ofDays(8), false, true);
        DashboardSeed.invitation(t, account(t, IN_PROGRESS), Duration.ofDays(2), false, false);
        DashboardSeed.invitation(other, account(other, IN_PROGRESS), Duration.ofDays(8), false, false);

        DashboardSeed.processingSince(account(t, PROCESSING), Duration.ofHours(73));
        DashboardSeed.processingSince(account(t, PROCESSING), Duration.ofHours(5));
        DashboardSeed.processingSince(account(other, PROCESSING), Duration.ofHours(100));

        account(t, AWAITING_SUPPORT);
        DashboardSeed.ticket(t, account(t, AWAITING_SUPPORT), "DRAFT");
        DashboardSeed.ticket(t, account(t, AWAITING_SUPPORT), "OPEN");
        account(other, AWAITING_SUPPORT);

        assertThat(as(t, Role.ORG_ADMIN, dashboard::actionQueues)).isEqualTo(new ActionQueues(2, 2, 1, 2));
    }

    @Test
    void ready_per_day_counts_the_moves_into_ready_of_the_last_30_days() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        UUID a = account(t, READY);
        DashboardSeed.history(t, a, "STATE_CHANGED", "Processing → Ready: first cost data delivered", Duration.ofMinutes(1));
        DashboardSeed.history(t, account(t, READY), "STATE_CHANGED", "Processing → Ready: demo", Duration.ofMinutes(2));
        DashboardSeed.history(t, account(t, READY), "STATE_CHANGED", "Processing → Ready: demo", Duration.ofDays(3));
        DashboardSeed.history(t, account(t, READY), "STATE_CHANGED", "Processing → Ready: long ago", Duration.ofDays(40));
        DashboardSeed.history(t, a, "STATE_CHANGED", "Verifying → Processing: passed", Duration.ofMinutes(3));
        DashboardSeed.history(other, account(other, READY), "STATE_CHANGED", "Processing → Ready: x", Duration.ofMinutes(1));

        var days = as(t, Role.VIEWER, dashboard::readyPerDay);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(days).hasSize(30);
        assertThat(days.get(0).day()).isEqualTo(today.minusDays(29));
        assertThat(days.get(29).day()).isEqualTo(today);
        Map<LocalDate, Long> nonZero = days.stream().filter(d -> d.accounts() > 0)
            .collect(Collectors.toMap(ReadyDay::day, ReadyDay::accounts));
        // a minute ago may still be yesterday in UTC just after midnight
        assertThat(nonZero.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(nonZero.get(LocalDate.now(ZoneOffset.UTC).minusDays(3))).isEqualTo(1);
    }

    @Test
    void only_a_tenants_users_read_its_dashboard() {
        assertThatThrownBy(() -> asPlatform(dashboard::funnel)).isInstanceOf(AccessDeniedException.class);
    }

}
