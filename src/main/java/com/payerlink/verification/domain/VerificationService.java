package com.payerlink.verification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.VerificationRequests;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.tasks.QueuedJobs;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.TenantPages;
import com.payerlink.core.tenancy.TenantRows;
import com.payerlink.verification.aws.AwsClients;
import com.payerlink.verification.aws.ConnectionChecker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Verification of the tenant's accounts against AWS as durable work: each account becomes one persistent
 * task (db-scheduler, keyed by the account and its run: "account/run"), run by whichever portal node is free, and each run is stored with its
 * checks. No account is verified twice at the same time because only an account outside VERIFYING is taken.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VerificationService implements VerificationRequests {

    /** The most accounts one press of "Verify" takes. */
    public static final int MAX_BATCH = 10_000;

    private final AccountStateService accountStates;

    private final VerificationDAO verificationDAO;

    private final SchedulerClient scheduler;

    private final OneTimeTask<VerificationJob> verifyAccount;

    private final AwsClients aws;

    private final QueuedJobs queuedJobs;

    private final TenantPages pages;

    /**
     * Queues verification of the chosen accounts (at most {@value #MAX_BATCH}) as one batch. Refuses at once
     * when the portal has no AWS identity, rather than failing every account.
     */
    @Override
    @Transactional
    public VerificationQueued verify(Collection<UUID> accountIds) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        if (accountIds.isEmpty()) {
            throw new InvalidInputException(null, "Select the accounts to verify first.");
        }
        if (accountIds.size() > MAX_BATCH) {
            throw new InvalidInputException(null, "You selected " + accountIds.size() + " accounts; one verification"
                    + " takes at most " + MAX_BATCH + ". Filter the grid (e.g. by state) and verify in parts.");
        }
        if (aws.platformIdentityProblem().isPresent()) {
            var missing = ConnectionChecker.platformCredentialsMissing();
            throw new InvalidInputException(null, missing.message() + " " + missing.fix());
        }
        VerificationQueued queued = enqueue(tenant, accountIds);
        if (queued.queued() == 0 && queued.alreadyQueued() == 0) {
            throw new InvalidInputException(null, "None of the selected accounts can be verified now: only registered"
                    + " connections that await verification or failed it can. Register them first (step 6 of the"
                    + " wizard), or select others.");
        }
        return queued;
    }

    /** Queues one account's verification right after its registration (no identity check: the run says so). */
    @Transactional
    public VerificationQueued verifyRegistered(UUID accountId) {
        return enqueue(CurrentScope.requireTenant(), List.of(accountId));
    }

    private VerificationQueued enqueue(UUID tenant, Collection<UUID> accountIds) {
        Collection<UUID> ids = new LinkedHashSet<>(accountIds);
        List<AccountSummary> verifiable = accountStates.startVerification(ids);
        UUID batchId = UUID.randomUUID();
        verificationDAO.insertBatch(tenant, batchId, CurrentScope.actor(), ids.size() - verifiable.size());
        // keyed by the run, not the account alone: the task row of the account's previous run may outlive that run
        // by a moment, and a key per account then left the account VERIFYING with no run queued. Fresh keys: the
        // runs and their tasks are written as two batches, and the tasks start once this transaction commits.
        Map<UUID, AccountSummary> accountsByRun = new LinkedHashMap<>();
        verifiable.forEach(a -> accountsByRun.put(UUID.randomUUID(), a));
        verificationDAO.insertRuns(tenant, batchId, accountsByRun);
        List<TaskInstance<?>> tasks = new ArrayList<>();
        accountsByRun.forEach((runId, a) -> tasks.add(verifyAccount.instance(a.id() + "/" + runId,
                new VerificationJob(tenant, runId))));
        scheduler.scheduleBatch(tasks, Instant.now());
        queuedJobs.startAfterCommit();
        int queued = tasks.size();
        int alreadyQueued = 0;
        verificationDAO.completeBatch(tenant, batchId, queued, alreadyQueued);
        return new VerificationQueued(batchId, queued, ids.size() - verifiable.size(), alreadyQueued);
    }

    /** How far the batch is; empty if the tenant has no such batch. */
    @Transactional(readOnly = true)
    public Optional<BatchProgress> progress(UUID batchId) {
        return verificationDAO.progress(CurrentScope.requireRoleInTenant(Roles.READERS), batchId);
    }

    /** The batch's failed accounts with their checks, by account name. */
    public TenantRows<VerificationRun> failures(UUID batchId) {
        return pages.of(Roles.READERS, (tenant, offset, limit) -> verificationDAO.failures(tenant, batchId, offset, limit),
                tenant -> verificationDAO.failureCount(tenant, batchId));
    }

    /** Every run of the batch with its checks. */
    @Transactional(readOnly = true)
    public List<VerificationRun> runs(UUID batchId) {
        return verificationDAO.runs(CurrentScope.requireRoleInTenant(Roles.READERS), batchId);
    }

    /** The account's latest verification, finished or not. */
    @Transactional(readOnly = true)
    public Optional<VerificationRun> latestRun(UUID accountId) {
        return verificationDAO.latestRun(CurrentScope.requireRoleInTenant(Roles.READERS), accountId);
    }

}
