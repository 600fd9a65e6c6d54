package com.payerlink.health.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.TenantSweep;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.domain.AccountChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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

    private final TenantSweep tenants;

    private final AccountService accountService;

    private final AccountHealthService health;

    private final AccountChecks checks;

    private final ScopedTransactions scoped;

    private final HealthSettings settings;

    /** Hands out every tenant's due checks, spread over the time until the next sweep; returns how many. */
    public int sweep() {
        // spread, so that a tenant's role is never asked many times at once
        int handedOut = tenants.handOut(HealthTasks.HEALTH_CHECK, settings.sweepInterval(), this::due,
                HealthCheckJob::new);
        log.debug("Health sweep handed out {} checks", handedOut);
        return handedOut;
    }

    /** The current tenant's accounts due for a check, at most its quota. */
    private List<UUID> due() {
        int quota = settings.quota(health.monitoredCount());
        if (quota == 0) {
            return List.of();
        }
        return health.dueForCheck(OffsetDateTime.now().minus(settings.checkInterval()), quota);
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
