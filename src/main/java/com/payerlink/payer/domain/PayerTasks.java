package com.payerlink.payer.domain;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.payerlink.core.tasks.DurableTasks;
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
        return DurableTasks.every(MEMBER_SWEEP, settings.syncInterval(), sweep::sweep);
    }

    @Bean
    OneTimeTask<MemberSyncJob> payerMemberSyncTask(MemberSyncSweep sweep) {
        // AWS refusing is stored as the sync's problem; only the database failing lands here
        return DurableTasks.retried(MEMBER_SYNC, MemberSyncJob.class, 3, Duration.ofSeconds(30), sweep::sync);
    }

}
