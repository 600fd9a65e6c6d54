package com.payerlink.notification.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
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
    RecurringTask<Void> dailyDigestTask(DigestService digests, TenantService tenants, ScopedTransactions scoped,
            DigestSettings settings) {
        return Tasks.recurring(DAILY_DIGEST, Schedules.daily(settings.zone(), settings.time()))
            .execute((instance, context) -> {
                LocalDate day = LocalDate.now(settings.zone());
                for (Tenant tenant : scoped.call(DatabaseScope.platform(), tenants::tenants)) {
                    scoped.run(DatabaseScope.tenantSystem(tenant.id()), () -> digests.queueDigest(day));
                }
            });
    }

}
