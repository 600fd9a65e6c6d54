package com.payerlink.health.domain;

import java.io.Serializable;
import java.util.UUID;

/** One account's check, as a db-scheduler task's data. */
record HealthCheckJob(UUID tenantId, UUID accountId) implements Serializable {
}
