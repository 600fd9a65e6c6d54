package com.payerlink.core.tasks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import org.springframework.beans.factory.annotation.Autowired;
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

    /** Makes the scheduler look for due jobs now. */
    private final Runnable checkForDueJobs;

    private final boolean immediate;

    @Autowired
    QueuedJobs(Scheduler scheduler, DbSchedulerProperties properties) {
        this(scheduler::triggerCheckForDueExecutions, properties.isImmediateExecutionEnabled());
    }

    QueuedJobs(Runnable checkForDueJobs, boolean immediate) {
        this.checkForDueJobs = checkForDueJobs;
        this.immediate = immediate;
    }

    /** The jobs just queued start once the current transaction commits (at once without one). */
    public void startAfterCommit() {
        if (!immediate) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            checkForDueJobs.run();
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
                checkForDueJobs.run();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(QueuedJobs.this);
            }

        });
    }

}
