package com.payerlink.payer.domain;

import java.io.Serializable;
import java.util.UUID;

/** One payer's member sync, as a durable task's data. */
record MemberSyncJob(UUID tenantId, UUID payerId) implements Serializable {
}
