package com.payerlink.core.tasks;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Jobs queued in a transaction are looked for once it has committed: once per transaction however many it queued,
 * never after a rollback (nothing was queued then), at once without a transaction, and never when switched off.
 */
class QueuedJobsTest {

    private final AtomicInteger checks = new AtomicInteger();

    private final TransactionTemplate transaction = new TransactionTemplate(new BareTransactions());

    @Test
    void a_transaction_that_queues_many_jobs_has_them_looked_for_once_after_its_commit() {
        QueuedJobs jobs = new QueuedJobs(checks::incrementAndGet, true);

        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 1_000; i++) {
                jobs.startAfterCommit();
            }
            assertThat(checks).as("before the commit the jobs are not visible to the scheduler").hasValue(0);
        });

        assertThat(checks).hasValue(1);
        // the next transaction is looked for again
        transaction.executeWithoutResult(status -> jobs.startAfterCommit());
        assertThat(checks).hasValue(2);
    }

    @Test
    void a_rolled_back_transaction_queued_nothing_and_is_not_looked_for() {
        QueuedJobs jobs = new QueuedJobs(checks::incrementAndGet, true);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jobs.startAfterCommit();
            throw new IllegalStateException("the registration failed");
        })).hasMessage("the registration failed");

        assertThat(checks).hasValue(0);
        transaction.executeWithoutResult(status -> jobs.startAfterCommit());
        assertThat(checks).as("the rolled back transaction left nothing bound behind").hasValue(1);
    }

    @Test
    void without_a_transaction_the_jobs_are_looked_for_at_once() {
        QueuedJobs jobs = new QueuedJobs(checks::incrementAndGet, true);

        jobs.startAfterCommit();
        jobs.startAfterCommit();

        assertThat(checks).hasValue(2);
    }

    @Test
    void switched_off_as_db_scheduler_s_own_immediate_execution_it_never_looks() {
        QueuedJobs jobs = new QueuedJobs(checks::incrementAndGet, false);

        transaction.executeWithoutResult(status -> jobs.startAfterCommit());
        jobs.startAfterCommit();

        assertThat(checks).hasValue(0);
    }

    /** Spring's transaction lifecycle (synchronizations, commit, rollback) over no resource at all. */
    private static final class BareTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

    }

}
