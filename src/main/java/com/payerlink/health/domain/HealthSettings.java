package com.payerlink.health.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of health after go-live ({@code payerlink.health.*}).
 *
 * @param enabled              check READY and PROCESSING accounts again at all (off: no sweep runs on this node)
 * @param checkInterval        how often each account is checked
 * @param sweepInterval        how often the sweep hands out due checks; each sweep takes its share of the accounts,
 *                             so that the checks spread over the check interval
 * @param maxPerTenantPerSweep the most checks one sweep hands out per tenant (the per-tenant rate limit)
 */
@ConfigurationProperties("payerlink.health")
public record HealthSettings(@DefaultValue("true") boolean enabled, @DefaultValue("P1D") Duration checkInterval,
        @DefaultValue("PT15M") Duration sweepInterval, @DefaultValue("50") int maxPerTenantPerSweep) {

    /**
     * How many checks a sweep hands out for a tenant with {@code monitored} accounts: its share of the check
     * interval (so each account comes round once per interval), at least one, at most the per-tenant limit.
     */
    public int quota(int monitored) {
        if (monitored == 0) {
            return 0;
        }
        double sweepsPerInterval = Math.max(1.0, (double) checkInterval.toMillis() / sweepInterval.toMillis());
        int share = (int) Math.ceil(monitored / sweepsPerInterval);
        return Math.max(1, Math.min(share, maxPerTenantPerSweep));
    }

}
