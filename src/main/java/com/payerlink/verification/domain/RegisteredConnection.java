package com.payerlink.verification.domain;

import java.util.UUID;

/** The data of one persistent "verify-registered" task: a connection just registered, to queue for verification. */
record RegisteredConnection(UUID tenantId, UUID accountId) {
}
