package com.payerlink.api.web;

import com.payerlink.importing.domain.ImportMessage;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportRow;
import com.payerlink.importing.domain.ImportRowStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an import would do (dry run) or did, row by row; the rows capped, the totals always complete. */
record ImportResponse(
        String fileName,
        boolean dryRun,
        @Schema(description = "True when this request wrote accounts; false for a dry run and for a file that changes nothing")
        boolean applied,
        @Schema(nullable = true, description = "The recorded import, when applied") UUID importId,
        @Schema(example = "UTF-8, comma-separated") String format,
        boolean padIds,
        @Schema(description = "Account lines of the file") int rowCount,
        @Schema(description = "Account lines per class: NEW, UPDATE, UNCHANGED, ERROR", example = "{\"NEW\": 2, \"UPDATE\": 1, \"UNCHANGED\": 7, \"ERROR\": 0}")
        Map<ImportRowStatus, Integer> totals,
        @Schema(description = "Account IDs of fewer than 12 digits that padIds=true would pad (or did)") int paddable,
        int padded,
        @Schema(description = "Things worth knowing that are not errors, e.g. ignored columns") List<String> notes,
        @Schema(description = "The first " + AccountImportController.MAX_ROWS + " account lines in file order")
        List<ImportRowResponse> rows,
        @Schema(description = "True when the file has more lines than rows lists (also lines with errors past the first 1,000); totals count them all")
        boolean rowsTruncated,
        @Schema(example = "2 new, 1 updated, 7 unchanged.") String summary) {

    static ImportResponse of(ImportPreview preview, boolean dryRun, UUID importId, String summary) {
        Map<ImportRowStatus, Integer> totals = new EnumMap<>(ImportRowStatus.class);
        for (ImportRowStatus status : ImportRowStatus.values()) {
            totals.put(status, preview.count(status));
        }
        List<ImportRow> rows = preview.rows();
        return new ImportResponse(preview.fileName(), dryRun, importId != null, importId, preview.format(),
                preview.padIds(), preview.lineCount(), totals, preview.paddable(), preview.padded(), preview.notes(),
                rows.stream().limit(AccountImportController.MAX_ROWS).map(ImportRowResponse::of).toList(),
                preview.lineCount() > Math.min(rows.size(), AccountImportController.MAX_ROWS), summary);
    }

    /** One account line of the file, classified. */
    record ImportRowResponse(
            @Schema(description = "The line it starts on; the header is line 1") long line,
            String accountId,
            String name,
            String partition,
            ImportRowStatus status,
            @Schema(description = "UPDATE: what changes, field by field", example = "Name: Acme → Acme Retail; Bucket: – → cur-acme")
            String changes,
            boolean padded,
            @Schema(description = "ERROR: what is wrong, cell by cell") List<ImportErrorResponse> errors) {

        static ImportRowResponse of(ImportRow row) {
            return new ImportRowResponse(row.line(), row.accountId(), row.name(), row.partition(), row.status(),
                    row.status() == ImportRowStatus.UPDATE ? row.details() : null, row.padded(),
                    row.messages().stream().map(ImportErrorResponse::of).toList());
        }

    }

    /** What is wrong with one cell, or with a whole line when column is null. */
    record ImportErrorResponse(@Schema(nullable = true) Long line, @Schema(nullable = true) String column,
            @Schema(nullable = true) String value, String message) {

        static ImportErrorResponse of(ImportMessage m) {
            return new ImportErrorResponse(m.line(), m.column(), m.value(), m.message());
        }

    }

}
