package com.payerlink.importing.domain;

import java.util.UUID;

/** An account list was imported, published inside the applying transaction. */
public record ImportApplied(UUID tenantId, AccountImport applied) {
}
