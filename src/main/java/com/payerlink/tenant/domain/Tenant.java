package com.payerlink.tenant.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An MSP on the platform. {@code code} prefixes the tenant's ticket numbers (e.g. NW-1042). */
public record Tenant(UUID id, String name, String code, OffsetDateTime createdAt, int userCount) {
}
