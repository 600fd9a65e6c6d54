package com.payerlink.core.tasks;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The portal's db-scheduler tasks, built one way: a periodic job that one node at a time runs, and a one-off job
 * that any free node runs and that is retried with exponential backoff when it throws (AWS refusing is never an
 * exception there: features store it as a result; what lands here is the database failing or a node dying).
 */
public final class DurableTasks {

    private DurableTasks() {
    }

    /** A job run by one node at a time, {@code interval} after the end of its last run on any node. */
    public static RecurringTask<Void> every(String name, Duration interval, Runnable work) {
        return Tasks.recurring(name, FixedDelay.of(interval))
            .execute((instance, context) -> work.run());
    }

    /**
     * A one-off job with data, retried up to {@code maxRetries} times after its first attempt, waiting
     * {@code firstWait} and then twice as long each time; after that it is dropped (the next sweep or the operator
     * starts it again).
     */
    public static <T> OneTimeTask<T> retried(String name, Class<T> type, int maxRetries, Duration firstWait,
            Consumer<T> work) {
        return Tasks.oneTime(name, type)
            .onFailure(retries(maxRetries, firstWait))
            .execute((instance, context) -> work.accept(instance.getData()));
    }

    /** The failure handler of {@link #retried}: backoff from {@code firstWait}, doubling, then dropped. */
    public static <T> FailureHandler<T> retries(int maxRetries, Duration firstWait) {
        return new FailureHandler.MaxRetriesFailureHandler<>(maxRetries,
                new FailureHandler.ExponentialBackoffFailureHandler<>(firstWait));
    }

    /** As {@link #retries(int, Duration)}, and {@code givenUp} runs once the last retry failed too. */
    public static <T> FailureHandler<T> retries(int maxRetries, Duration firstWait,
            BiConsumer<ExecutionComplete, ExecutionOperations<T>> givenUp) {
        return new FailureHandler.MaxRetriesFailureHandler<>(maxRetries,
                new FailureHandler.ExponentialBackoffFailureHandler<>(firstWait), givenUp);
    }

}
