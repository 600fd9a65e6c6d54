package com.payerlink.dashboard.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A kind of background job (db-scheduler task) whose last runs failed.
 *
 * @param task        the task's name, e.g. {@code verify-registered}
 * @param instances   how many of its jobs failed their last run
 * @param mostInARow  the most failures in a row of one of them
 * @param lastFailure when one of them failed last
 */
public record FailingJob(String task, long instances, int mostInARow, @Nullable OffsetDateTime lastFailure) {
}
