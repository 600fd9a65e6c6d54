package com.payerlink.verification.domain;

import java.io.Serializable;
import java.util.UUID;

/** The data of one persistent "verify-account" task: the tenant the work belongs to, and its run. */
record VerificationJob(UUID tenantId, UUID runId) implements Serializable {
}
