package com.payerlink.dashboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountState;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platform's cross-tenant counts: accounts through the schema's narrow function (counts only, and only for a
 * platform admin's session; row-level security keeps the rows themselves in their tenant), and db-scheduler's
 * table (shared by every node, not tenant-owned), read by task name and failure counts only, never a job's data.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlatformDAO {

    private final DSLContext dsl;

    record Count(UUID tenantId, AccountState state, long accounts) {
    }

    List<Count> accountsPerTenantAndState() {
        return dsl.resultQuery("select tenant_id, state, accounts from payerlink_platform_account_counts()")
            .fetch(r -> new Count(r.get(0, UUID.class), AccountState.valueOf(r.get(1, String.class)),
                    r.get(2, Long.class)));
    }

    /** A tenant's users whose own sign-in count (from any address) has attempts in its window, or is paused. */
    Map<UUID, SignInPause> signInPauses(UUID tenantId, int perAccount) {
        return dsl.resultQuery("select user_id, attempts, paused_until from payerlink_platform_sign_in_pauses(?, ?)",
                    tenantId, perAccount)
            .fetchMap(r -> r.get(0, UUID.class), r -> new SignInPause(r.get(1, Integer.class), r.get(2, OffsetDateTime.class)));
    }

    /** The kinds of jobs with at least one job that failed this many times in a row, most failures first. */
    List<FailingJob> failingJobs(int inARow) {
        return dsl.resultQuery("""
                select task_name, count(*), max(consecutive_failures), max(last_failure)
                from scheduled_tasks
                where consecutive_failures >= ?
                group by task_name
                order by max(consecutive_failures) desc, task_name""", inARow)
            .fetch(r -> new FailingJob(r.get(0, String.class), r.get(1, Long.class), r.get(2, Integer.class),
                    r.get(3, OffsetDateTime.class)));
    }

}
