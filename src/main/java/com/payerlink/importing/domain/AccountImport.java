package com.payerlink.importing.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An applied import, as its history lists it. */
public record AccountImport(UUID id, String fileName, String importedBy, OffsetDateTime importedAt, int totalRows,
        int created, int updated, int unchanged, int padded) {
}
