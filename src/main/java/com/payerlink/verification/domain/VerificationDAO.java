package com.payerlink.verification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.VerificationRunRecord;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.aws.CheckOutcome;
import com.payerlink.account.domain.AccountSummary;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.payerlink.db.Tables.VERIFICATION_BATCH;
import static com.payerlink.db.Tables.VERIFICATION_CHECK;
import static com.payerlink.db.Tables.VERIFICATION_RUN;

/** Batches, runs and checks. Every query names the tenant; row-level security backs it up. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VerificationDAO {

    private static final com.payerlink.db.tables.VerificationRun RUN = VERIFICATION_RUN;

    private final DSLContext dsl;

    void insertBatch(UUID tenantId, UUID batchId, String requestedBy, int notEligible) {
        dsl.insertInto(VERIFICATION_BATCH)
            .set(VERIFICATION_BATCH.ID, batchId)
            .set(VERIFICATION_BATCH.TENANT_ID, tenantId)
            .set(VERIFICATION_BATCH.REQUESTED_BY, requestedBy)
            .set(VERIFICATION_BATCH.TOTAL, 0)
            .set(VERIFICATION_BATCH.NOT_ELIGIBLE, notEligible)
            .execute();
    }

    void completeBatch(UUID tenantId, UUID batchId, int total, int alreadyQueued) {
        dsl.update(VERIFICATION_BATCH)
            .set(VERIFICATION_BATCH.TOTAL, total)
            .set(VERIFICATION_BATCH.ALREADY_QUEUED, alreadyQueued)
            .where(VERIFICATION_BATCH.TENANT_ID.eq(tenantId).and(VERIFICATION_BATCH.ID.eq(batchId)))
            .execute();
    }

    /** The batch's queued runs, one prepared statement sent as one JDBC batch. */
    void insertRuns(UUID tenantId, UUID batchId, Map<UUID, AccountSummary> accountsByRun) {
        if (accountsByRun.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(RUN, RUN.ID, RUN.TENANT_ID, RUN.BATCH_ID, RUN.CUSTOMER_ACCOUNT_ID,
                RUN.ACCOUNT_NAME, RUN.AWS_ACCOUNT_ID).values((UUID) null, null, null, null, null, null));
        accountsByRun.forEach((runId, a) -> batch.bind(runId, tenantId, batchId, a.id(), a.name(), a.accountId().value()));
        batch.execute();
    }

    /**
     * Marks the run as running (again, after a crash) and returns its account; empty if it has finished
     * already, so a revived duplicate execution does nothing.
     */
    Optional<UUID> startRun(UUID tenantId, UUID runId) {
        return dsl.update(RUN)
            .set(RUN.STATUS, RunStatus.RUNNING.name())
            .set(RUN.STARTED_AT, OffsetDateTime.now())
            .set(RUN.ATTEMPTS, RUN.ATTEMPTS.plus(1))
            .where(RUN.TENANT_ID.eq(tenantId).and(RUN.ID.eq(runId))
                .and(RUN.STATUS.in(RunStatus.QUEUED.name(), RunStatus.RUNNING.name())))
            .returning(RUN.CUSTOMER_ACCOUNT_ID)
            .fetchOptional(RUN.CUSTOMER_ACCOUNT_ID);
    }

    /** Ends an unfinished run as failed without checks (its task gave up); the run's account, if it was unfinished. */
    Optional<UUID> giveUpRun(UUID tenantId, UUID runId) {
        return dsl.update(RUN)
            .set(RUN.STATUS, RunStatus.FAILED.name())
            .set(RUN.FINISHED_AT, OffsetDateTime.now())
            .where(RUN.TENANT_ID.eq(tenantId).and(RUN.ID.eq(runId))
                .and(RUN.STATUS.in(RunStatus.QUEUED.name(), RunStatus.RUNNING.name())))
            .returning(RUN.CUSTOMER_ACCOUNT_ID)
            .fetchOptional(RUN.CUSTOMER_ACCOUNT_ID);
    }

    /** Stores the result, once: false if the run had finished already (then nothing is written). */
    boolean finishRun(UUID tenantId, UUID runId, List<Check> checks) {
        boolean failed = checks.stream().anyMatch(Check::failed);
        int updated = dsl.update(RUN)
            .set(RUN.STATUS, (failed ? RunStatus.FAILED : RunStatus.PASSED).name())
            .set(RUN.FINISHED_AT, OffsetDateTime.now())
            .where(RUN.TENANT_ID.eq(tenantId).and(RUN.ID.eq(runId)).and(RUN.STATUS.eq(RunStatus.RUNNING.name())))
            .execute();
        if (updated == 0) {
            return false;
        }
        var insert = dsl.insertInto(VERIFICATION_CHECK, VERIFICATION_CHECK.TENANT_ID, VERIFICATION_CHECK.RUN_ID,
                VERIFICATION_CHECK.POSITION, VERIFICATION_CHECK.CODE, VERIFICATION_CHECK.OUTCOME,
                VERIFICATION_CHECK.MESSAGE, VERIFICATION_CHECK.FIX);
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            insert = insert.values(tenantId, runId, (short) i, c.code().name(), c.outcome().name(), c.message(), c.fix());
        }
        if (!checks.isEmpty()) {
            insert.execute();
        }
        return true;
    }

    Optional<BatchProgress> progress(UUID tenantId, UUID batchId) {
        var b = VERIFICATION_BATCH;
        var done = DSL.count().filterWhere(RUN.STATUS.in(RunStatus.PASSED.name(), RunStatus.FAILED.name()));
        var failed = DSL.count().filterWhere(RUN.STATUS.eq(RunStatus.FAILED.name()));
        return dsl.select(b.ID, b.REQUESTED_BY, b.CREATED_AT, b.TOTAL, b.NOT_ELIGIBLE, b.ALREADY_QUEUED,
                    dsl.select(done).from(RUN).where(RUN.TENANT_ID.eq(tenantId).and(RUN.BATCH_ID.eq(b.ID))).asField("done"),
                    dsl.select(failed).from(RUN).where(RUN.TENANT_ID.eq(tenantId).and(RUN.BATCH_ID.eq(b.ID))).asField("failed"))
            .from(b)
            .where(b.TENANT_ID.eq(tenantId).and(b.ID.eq(batchId)))
            .fetchOptional(r -> new BatchProgress(r.get(b.ID), r.get(b.REQUESTED_BY), r.get(b.CREATED_AT), r.get(b.TOTAL),
                    r.get("done", Integer.class), r.get("failed", Integer.class), r.get(b.NOT_ELIGIBLE),
                    r.get(b.ALREADY_QUEUED)));
    }

    /** The batch's failed runs with their checks, by account name. */
    List<VerificationRun> failures(UUID tenantId, UUID batchId, int offset, int limit) {
        List<VerificationRunRecord> runs = dsl.selectFrom(RUN)
            .where(RUN.TENANT_ID.eq(tenantId).and(RUN.BATCH_ID.eq(batchId)).and(RUN.STATUS.eq(RunStatus.FAILED.name())))
            .orderBy(RUN.ACCOUNT_NAME, RUN.ID)
            .offset(offset)
            .limit(limit)
            .fetch();
        return withChecks(tenantId, runs);
    }

    int failureCount(UUID tenantId, UUID batchId) {
        return dsl.fetchCount(RUN, RUN.TENANT_ID.eq(tenantId).and(RUN.BATCH_ID.eq(batchId))
            .and(RUN.STATUS.eq(RunStatus.FAILED.name())));
    }

    /** The account's most recent run, finished or not. */
    Optional<VerificationRun> latestRun(UUID tenantId, UUID accountId) {
        return dsl.selectFrom(RUN)
            .where(RUN.TENANT_ID.eq(tenantId).and(RUN.CUSTOMER_ACCOUNT_ID.eq(accountId)))
            .orderBy(RUN.QUEUED_AT.desc(), RUN.ID.desc())
            .limit(1)
            .fetchOptional()
            .map(r -> withChecks(tenantId, List.of(r)).get(0));
    }

    /** The account's most recent finished run, with its checks. */
    Optional<VerificationRun> latestFinishedRun(UUID tenantId, UUID accountId) {
        return dsl.selectFrom(RUN)
            .where(RUN.TENANT_ID.eq(tenantId).and(RUN.CUSTOMER_ACCOUNT_ID.eq(accountId)))
            .and(RUN.FINISHED_AT.isNotNull())
            .orderBy(RUN.FINISHED_AT.desc(), RUN.ID.desc())
            .limit(1)
            .fetchOptional()
            .map(r -> withChecks(tenantId, List.of(r)).get(0));
    }

    /** Every run of the batch (finished or not), for tests and exports. */
    List<VerificationRun> runs(UUID tenantId, UUID batchId) {
        return withChecks(tenantId, dsl.selectFrom(RUN)
            .where(RUN.TENANT_ID.eq(tenantId).and(RUN.BATCH_ID.eq(batchId)))
            .orderBy(RUN.ACCOUNT_NAME, RUN.ID)
            .fetch());
    }

    private List<VerificationRun> withChecks(UUID tenantId, List<VerificationRunRecord> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Check>> checks = dsl.selectFrom(VERIFICATION_CHECK)
            .where(VERIFICATION_CHECK.TENANT_ID.eq(tenantId)
                .and(VERIFICATION_CHECK.RUN_ID.in(runs.stream().map(VerificationRunRecord::getId).toList())))
            .orderBy(VERIFICATION_CHECK.RUN_ID, VERIFICATION_CHECK.POSITION)
            .fetch()
            .stream()
            .collect(Collectors.groupingBy(c -> c.getRunId(), Collectors.mapping(VerificationDAO::toCheck,
                    Collectors.toList())));
        return runs.stream().map(r -> new VerificationRun(r.getId(), r.getBatchId(), r.getCustomerAccountId(),
                r.getAccountName(), r.getAwsAccountId(), RunStatus.valueOf(r.getStatus()), r.getQueuedAt(),
                r.getStartedAt(), r.getFinishedAt(), checks.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static Check toCheck(Record r) {
        var c = VERIFICATION_CHECK;
        return new Check(CheckCode.valueOf(r.get(c.CODE)), CheckOutcome.valueOf(r.get(c.OUTCOME)), r.get(c.MESSAGE),
                r.get(c.FIX));
    }

}
