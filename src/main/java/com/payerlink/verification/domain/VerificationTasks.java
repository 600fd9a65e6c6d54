package com.payerlink.verification.domain;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The persistent tasks of verification, run by db-scheduler on every portal node: at most
 * {@code payerlink.verification.concurrency} at a time per node; a node that dies mid-task leaves it to
 * be picked up again by a live one (dead-execution detection).
 */
@Configuration(proxyBeanMethods = false)
class VerificationTasks {

    static final String VERIFY_ACCOUNT = "verify-account";

    static final String FIRST_DELIVERY = "first-delivery";

    @Bean
    OneTimeTask<VerificationJob> verifyAccountTask(VerificationRunner runner) {
        // AWS errors become checks; only the database failing lands here: retry with backoff, then give up
        return Tasks.oneTime(VERIFY_ACCOUNT, VerificationJob.class)
            .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(6,
                    new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5))))
            .execute((instance, context) -> runner.run(instance.getData()));
    }

    @Bean
    RecurringTask<Void> firstDeliveryTask(DeliveryWatcher watcher, VerificationSettings settings) {
        return Tasks.recurring(FIRST_DELIVERY, FixedDelay.of(settings.deliveryCheckInterval()))
            .execute((instance, context) -> watcher.checkProcessingAccounts());
    }

}
