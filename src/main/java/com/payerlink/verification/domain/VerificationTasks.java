package com.payerlink.verification.domain;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.payerlink.core.tasks.DurableTasks;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.springframework.beans.factory.ObjectProvider;
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

    static final String VERIFY_REGISTERED = "verify-registered";

    /** Attempts of a verification after the first, before the account is given up as VERIFICATION_FAILED. */
    static final int MAX_RETRIES = 6;

    @Bean
    OneTimeTask<VerificationJob> verifyAccountTask(VerificationRunner runner) {
        // AWS errors become checks; only the database failing lands here: retry with backoff, then give up
        return Tasks.oneTime(VERIFY_ACCOUNT, VerificationJob.class)
            .onFailure(DurableTasks.<VerificationJob>retries(MAX_RETRIES, Duration.ofSeconds(5),
                    // never left in VERIFYING: the account fails with a code the operator can act on ("Verify" again)
                    (complete, operations) -> runner.giveUp((VerificationJob) complete.getExecution().taskInstance.getData(),
                            complete.getCause().map(Throwable::toString).orElse("unknown error"))))
            .execute((instance, context) -> runner.run(instance.getData()));
    }

    @Bean
    OneTimeTask<RegisteredConnection> verifyRegisteredTask(ObjectProvider<VerificationService> verificationService,
            ScopedTransactions scoped) {
        // a provider: the service needs the scheduler, which needs this task
        return DurableTasks.retried(VERIFY_REGISTERED, RegisteredConnection.class, 10, Duration.ofSeconds(5),
                registered -> scoped.run(DatabaseScope.tenantSystem(registered.tenantId()),
                        () -> verificationService.getObject().verifyRegistered(registered.accountId())));
    }

    @Bean
    RecurringTask<Void> firstDeliveryTask(DeliveryWatcher watcher, VerificationSettings settings) {
        return DurableTasks.every(FIRST_DELIVERY, settings.deliveryCheckInterval(), watcher::checkProcessingAccounts);
    }

}
