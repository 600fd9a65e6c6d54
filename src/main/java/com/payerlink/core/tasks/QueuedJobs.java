package com.payerlink.core.tasks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Jobs queued in a transaction start as soon as it commits. db-scheduler's own immediate execution looks for due jobs
 * when one is scheduled, i.e. before the scheduling transaction has committed, so it finds none and the jobs waited for
 * the next poll ({@code db-scheduler.polling-interval}); this looks again right after the commit. Off with
 * {@code db-scheduler.immediate-execution-enabled=false}, as db-scheduler's own.
 */
@Component
public class QueuedJobs {

    private final Scheduler scheduler;

    private final boolean immediate;

    QueuedJobs(Scheduler scheduler, DbSchedulerProperties properties) {
        this.scheduler = scheduler;
        this.immediate = properties.isImmediateExecutionEnabled();
    }

    /** The jobs just queued start once the current transaction commits (at once without one). */
    public void startAfterCommit() {
        if (!immediate) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            scheduler.triggerCheckForDueExecutions();
            return;
        }
        // once per transaction, however many jobs it queues (a bulk registration queues thousands)
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                scheduler.triggerCheckForDueExecutions();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(QueuedJobs.this);
            }

        });
    }

}
