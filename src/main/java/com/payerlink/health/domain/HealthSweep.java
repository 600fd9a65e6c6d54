package com.payerlink.health.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.domain.AccountChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The periodic re-check of READY and PROCESSING accounts: each sweep hands every tenant's due accounts to durable
 * one-account checks (at most the tenant's quota, spread over the time until the next sweep), and each check runs the
 * checks of verification and records the account's health.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HealthSweep {

    private static final Logger log = LoggerFactory.getLogger(HealthSweep.class);

    private static final Set<AccountState> MONITORED = Set.of(AccountState.READY, AccountState.PROCESSING);

    private final TenantService tenantService;

    private final AccountService accountService;

    private final AccountHealthService health;

    private final AccountChecks checks;

    private final ScopedTransactions scoped;

    private final HealthSettings settings;

    // a provider: the scheduler needs the tasks, which need this sweep
    private final ObjectProvider<SchedulerClient> scheduler;

    /** Hands out every tenant's due checks; returns how many were handed out. */
    public int sweep() {
        int handedOut = 0;
        for (Tenant tenant : scoped.call(DatabaseScope.platform(), tenantService::tenants)) {
            handedOut += scoped.call(DatabaseScope.tenantSystem(tenant.id()), () -> handOut(tenant.id()));
        }
        log.debug("Health sweep handed out {} checks", handedOut);
        return handedOut;
    }

    private int handOut(UUID tenantId) {
        int quota = settings.quota(health.monitoredCount());
        if (quota == 0) {
            return 0;
        }
        List<UUID> due = health.dueForCheck(OffsetDateTime.now().minus(settings.checkInterval()), quota);
        // spread over the time until the next sweep, so a tenant's role is never asked many times at once
        Duration gap = settings.sweepInterval().dividedBy(Math.max(1, due.size()));
        Instant at = Instant.now();
        int scheduled = 0;
        for (UUID accountId : due) {
            if (scheduler.getObject().scheduleIfNotExists(new TaskInstance<>(HealthTasks.HEALTH_CHECK, accountId.toString(),
                    new HealthCheckJob(tenantId, accountId)), at)) {
                scheduled++;
            }
            at = at.plus(gap);
        }
        return scheduled;
    }

    /**
     * Checks one account as verification would (outside any transaction: it calls AWS) and records its health. A check
     * whose only failures are the platform's or AWS's own (no identity, throttled, an AWS error) changes nothing.
     */
    void check(HealthCheckJob job) {
        DatabaseScope scope = DatabaseScope.tenantSystem(job.tenantId());
        CurrentScope.runAs(scope, () -> {
            CustomerAccount account;
            try {
                account = scoped.call(scope, () -> accountService.get(job.accountId()));
            }
            catch (AccountNotFoundException gone) {
                return;
            }
            if (!MONITORED.contains(account.state())) {
                return;
            }
            List<Check> found = checks.check(account);
            List<String> failed = found.stream().filter(Check::failed).map(c -> c.code().name()).distinct().toList();
            boolean inconclusive = !failed.isEmpty()
                    && found.stream().filter(Check::failed).allMatch(c -> AccountChecks.INCONCLUSIVE.contains(c.code()));
            scoped.run(scope, () -> {
                if (inconclusive) {
                    health.recordInconclusiveCheck(account.id());
                }
                else {
                    health.recordCheck(account.id(), failed);
                }
            });
        });
    }

}
