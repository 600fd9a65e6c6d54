package com.payerlink.payer.domain;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The daily member sync as db-scheduler tasks: a recurring sweep, run by one portal node per round, hands every
 * tenant's payers to durable one-payer syncs, which any free node runs. Only with {@code payerlink.payers.sync-enabled}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "payerlink.payers", name = "sync-enabled", havingValue = "true", matchIfMissing = true)
class PayerTasks {

    static final String MEMBER_SWEEP = "payer-member-sweep";

    static final String MEMBER_SYNC = "payer-member-sync";

    @Bean
    RecurringTask<Void> payerMemberSweepTask(MemberSyncSweep sweep, PayerSettings settings) {
        return Tasks.recurring(MEMBER_SWEEP, FixedDelay.of(settings.syncInterval()))
            .execute((instance, context) -> sweep.sweep());
    }

    @Bean
    OneTimeTask<MemberSyncJob> payerMemberSyncTask(MemberSyncSweep sweep) {
        // AWS refusing is stored as the sync's problem; only the database failing lands here
        return Tasks.oneTime(MEMBER_SYNC, MemberSyncJob.class)
            .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
                    new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30))))
            .execute((instance, context) -> sweep.sync(instance.getData()));
    }

}
