package com.payerlink.notification.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.payerlink.tenant.domain.TenantSweep;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;

/**
 * The daily digest as a db-scheduler recurring task: once a day at {@code payerlink.digest.time}, on one portal node
 * of all. Only with {@code payerlink.digest.enabled} (the default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "payerlink.digest", name = "enabled", havingValue = "true", matchIfMissing = true)
class DigestTasks {

    static final String DAILY_DIGEST = "daily-digest";

    @Bean
    RecurringTask<Void> dailyDigestTask(DigestService digests, TenantSweep tenants, DigestSettings settings) {
        return Tasks.recurring(DAILY_DIGEST, Schedules.daily(settings.zone(), settings.time()))
            .execute((instance, context) -> {
                LocalDate day = LocalDate.now(settings.zone());
                tenants.inEachTenant(() -> digests.queueDigest(day));
            });
    }

}
