package com.payerlink.verification.domain;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * What one look for first deliveries did.
 *
 * @param checked  PROCESSING accounts looked at
 * @param ready    of them, how many became READY
 * @param took     the whole sweep
 * @param tenantDone per tenant, how long after the sweep's start its last account had been looked at
 */
record DeliverySweep(int checked, int ready, Duration took, Map<UUID, Duration> tenantDone) {
}
