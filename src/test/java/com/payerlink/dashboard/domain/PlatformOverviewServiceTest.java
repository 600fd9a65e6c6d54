package com.payerlink.dashboard.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountState;
import com.payerlink.core.security.Role;
import com.payerlink.dashboard.DashboardSeed;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.UUID;

import static com.payerlink.account.domain.AccountState.PROCESSING;
import static com.payerlink.account.domain.AccountState.READY;
import static com.payerlink.account.domain.AccountState.VERIFICATION_FAILED;
import static com.payerlink.dashboard.DashboardSeed.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform admin's overview reads every tenant's counts through the narrow functions of V14, which hand a
 * tenant's session nothing: row-level security stays as it is.
 */
class PlatformOverviewServiceTest extends IntegrationTest {

    private final String task = "dashboard-test-" + UUID.randomUUID();

    @Autowired
    PlatformOverviewService overview;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void removeJobs() {
        DashboardSeed.removeJobs(task);
    }

    @Test
    void counts_every_tenants_accounts_per_state_as_the_database_does() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        account(a, READY);
        account(a, READY);
        account(a, VERIFICATION_FAILED);
        account(b, PROCESSING);

        var tenants = asPlatform(overview::accountsPerTenant);

        TenantAccounts ofA = tenants.stream().filter(t -> t.tenantId().equals(a.id())).findFirst().orElseThrow();
        TenantAccounts ofB = tenants.stream().filter(t -> t.tenantId().equals(b.id())).findFirst().orElseThrow();
        assertThat(ofA.tenantName()).isEqualTo(a.name());
        assertThat(ofA.perState()).isEqualTo(DashboardSeed.accountsPerState(a.id())).containsEntry(READY, 2L);
        assertThat(ofA.total()).isEqualTo(3);
        assertThat(ofB.perState()).isEqualTo(DashboardSeed.accountsPerState(b.id()));
        assertThat(ofB.in(AccountState.READY)).isZero();
    }

    @Test
    void the_narrow_functions_hand_a_tenants_session_no_row() {
        Tenant a = newTenant();
        account(a, READY);
        DashboardSeed.mail(a, "FAILED", Duration.ofHours(1));

        for (Role role : new Role[] { Role.ORG_ADMIN, Role.VIEWER }) {
            assertThat(as(a, role, () -> dsl.fetch("select * from payerlink_platform_account_counts()"))).isEmpty();
            assertThat(as(a, role, () -> dsl.fetch("select * from payerlink_platform_mail_backlog(interval '1 minute')")))
                .isEmpty();
            assertThatThrownBy(() -> as(a, role, overview::accountsPerTenant)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(a, role, overview::stalledMail)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(a, role, jobs::failing)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void lists_tenants_whose_mail_is_overdue_or_failed() {
        Tenant a = newTenant();
        Tenant quiet = newTenant();
        DashboardSeed.mail(a, "QUEUED", Duration.ofHours(1));
        DashboardSeed.mail(a, "QUEUED", Duration.ofMinutes(30));
        DashboardSeed.mail(a, "QUEUED", Duration.ofMinutes(-5));
        DashboardSeed.mail(a, "FAILED", Duration.ofDays(1));
        DashboardSeed.mail(a, "SENT", Duration.ofDays(1));
        DashboardSeed.mail(quiet, "QUEUED", Duration.ofMinutes(-5));

        var stalled = asPlatform(overview::stalledMail);

        var ofA = stalled.stream().filter(m -> a.id().equals(m.backlog().tenantId())).findFirst().orElseThrow();
        assertThat(ofA.tenantName()).isEqualTo(a.name());
        assertThat(ofA.backlog().queued()).isEqualTo(3);
        assertThat(ofA.backlog().overdue()).isEqualTo(2);
        assertThat(ofA.backlog().failed()).isEqualTo(1);
        assertThat(ofA.backlog().oldestOverdue()).isBefore(java.time.OffsetDateTime.now().minusMinutes(59));
        assertThat(stalled).noneMatch(m -> quiet.id().equals(m.backlog().tenantId()));
    }

    @Test
    void the_platforms_own_failed_mail_is_listed_under_the_platforms_name() {
        DashboardSeed.platformMail("FAILED", Duration.ofDays(1));

        var stalled = asPlatform(overview::stalledMail);

        assertThat(stalled).filteredOn(m -> m.backlog().tenantId() == null).singleElement()
            .satisfies(m -> assertThat(m.tenantName()).isEqualTo("Payerlink platform (staff's password links)"))
            .satisfies(m -> assertThat(m.backlog().failed()).isPositive());
    }

    @Test
    void failing_jobs_are_listed_and_past_the_threshold_become_a_platform_notice() {
        DashboardSeed.failingJob(task, "one", 1);

        assertThat(asPlatform(jobs::failing)).contains(new FailingJob(task, 1, 1,
                asPlatform(jobs::failing).stream().filter(j -> j.task().equals(task)).findFirst().orElseThrow().lastFailure()));
        assertThat(jobs.now() == null ? "" : jobs.now().message()).doesNotContain(task);

        DashboardSeed.failingJob(task, "two", 4);

        assertThat(jobs.now()).isNotNull();
        // only the job past the threshold (3 failures in a row) counts as failing again and again
        assertThat(jobs.now().message()).contains(task + " (1 job, up to 4 failures in a row)");
        DashboardSeed.failingJob(task, "three", 3);
        assertThat(jobs.now().message()).contains(task + " (2 jobs, up to 4 failures in a row)");
        assertThat(jobs.now().userMessage()).contains("keeps failing").doesNotContain(task);
    }

}
