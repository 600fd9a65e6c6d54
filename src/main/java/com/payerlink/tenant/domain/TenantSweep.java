package com.payerlink.tenant.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The loop of every periodic sweep over all tenants (health checks, member syncs, deliveries, the digest): each
 * tenant's work runs in its own transaction in the tenant's system scope, the tenants one after another.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TenantSweep {

    private final TenantService tenantService;

    private final ScopedTransactions scoped;

    // a provider: the scheduler needs the tasks, which need the sweeps that use this
    private final ObjectProvider<SchedulerClient> scheduler;

    /** Runs the work once for each tenant, in that tenant's system scope; what it answered, by tenant id. */
    public <T> Map<UUID, T> inEachTenant(Supplier<T> work) {
        Map<UUID, T> answers = new LinkedHashMap<>();
        for (Tenant tenant : scoped.call(DatabaseScope.platform(), tenantService::tenants)) {
            answers.put(tenant.id(), scoped.call(DatabaseScope.tenantSystem(tenant.id()), work));
        }
        return answers;
    }

    /**
     * Hands every tenant's due items (the ids {@code due} reads in the tenant's system scope) to durable one-off jobs
     * of the task, one per item with the id as its instance, the first at once and the others spread evenly over
     * {@code spread}; an item whose job is still scheduled is not handed out again.
     *
     * @param job the job's data for a tenant's id and an item's id
     * @return how many jobs were handed out
     */
    public <J> int handOut(String task, Duration spread, Supplier<List<UUID>> due, BiFunction<UUID, UUID, J> job) {
        int handedOut = 0;
        for (Map.Entry<UUID, List<UUID>> tenant : inEachTenant(due).entrySet()) {
            Duration gap = spread.dividedBy(Math.max(1, tenant.getValue().size()));
            Instant at = Instant.now();
            for (UUID item : tenant.getValue()) {
                if (scheduler.getObject().scheduleIfNotExists(new TaskInstance<>(task, item.toString(),
                        job.apply(tenant.getKey(), item)), at)) {
                    handedOut++;
                }
                at = at.plus(gap);
            }
        }
        return handedOut;
    }

}
