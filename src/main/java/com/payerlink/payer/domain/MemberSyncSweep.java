package com.payerlink.payer.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The daily re-read of every payer's members: each sweep hands every tenant's payers (management connections that
 * passed verification) to durable one-payer syncs, spread over an hour so no organization is asked all at once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MemberSyncSweep {

    private static final Logger log = LoggerFactory.getLogger(MemberSyncSweep.class);

    private static final int PAGE = 500;

    private static final Duration SPREAD = Duration.ofHours(1);

    private final TenantService tenantService;

    private final AccountService accountService;

    private final PayerMemberService members;

    private final ScopedTransactions scoped;

    // a provider: the scheduler needs the tasks, which need this sweep
    private final ObjectProvider<SchedulerClient> scheduler;

    /** Hands out every tenant's payer syncs; returns how many were handed out. */
    public int sweep() {
        int handedOut = 0;
        for (Tenant tenant : scoped.call(DatabaseScope.platform(), tenantService::tenants)) {
            List<UUID> payers = scoped.call(DatabaseScope.tenantSystem(tenant.id()), this::payers);
            Duration gap = SPREAD.dividedBy(Math.max(1, payers.size()));
            Instant at = Instant.now();
            for (UUID payer : payers) {
                if (scheduler.getObject().scheduleIfNotExists(new TaskInstance<>(PayerTasks.MEMBER_SYNC,
                        payer.toString(), new MemberSyncJob(tenant.id(), payer)), at)) {
                    handedOut++;
                }
                at = at.plus(gap);
            }
        }
        log.debug("Member sweep handed out {} payer syncs", handedOut);
        return handedOut;
    }

    private List<UUID> payers() {
        AccountQuery query = AccountQuery.all().withMethod(ConnectionMethod.DIRECT_MANAGEMENT)
            .withStates(EnumSet.of(AccountState.AWAITING_SUPPORT, AccountState.PROCESSING, AccountState.READY));
        List<UUID> ids = new ArrayList<>();
        List<AccountSummary> page;
        do {
            page = accountService.page(query, ids.size(), PAGE);
            page.forEach(a -> ids.add(a.id()));
        }
        while (page.size() == PAGE);
        return ids;
    }

    /** One payer's sync in its tenant's system scope; a refusal is kept as the sync's problem, not retried. */
    void sync(MemberSyncJob job) {
        CurrentScope.runAs(DatabaseScope.tenantSystem(job.tenantId()), () -> {
            try {
                members.sync(job.payerId());
            }
            catch (InvalidInputException e) {
                log.info("Members of payer {} not synced: {}", job.payerId(), e.getMessage());
            }
        });
    }

}
