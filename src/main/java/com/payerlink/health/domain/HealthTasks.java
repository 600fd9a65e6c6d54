package com.payerlink.health.domain;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.payerlink.core.tasks.DurableTasks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The persistent tasks of health after go-live: the sweep, a db-scheduler recurring task that runs once per sweep
 * interval across all portal nodes, and the one-account checks it hands out, run by whichever node is free. Only
 * with {@code payerlink.health.enabled} (the default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "payerlink.health", name = "enabled", havingValue = "true", matchIfMissing = true)
class HealthTasks {

    static final String HEALTH_SWEEP = "health-sweep";

    static final String HEALTH_CHECK = "health-check";

    @Bean
    RecurringTask<Void> healthSweepTask(HealthSweep sweep, HealthSettings settings) {
        return DurableTasks.every(HEALTH_SWEEP, settings.sweepInterval(), sweep::sweep);
    }

    @Bean
    OneTimeTask<HealthCheckJob> healthCheckTask(HealthSweep sweep) {
        // AWS errors become checks; only the database failing lands here: a few retries, then the next sweep
        return DurableTasks.retried(HEALTH_CHECK, HealthCheckJob.class, 3, Duration.ofSeconds(30), sweep::check);
    }

}
