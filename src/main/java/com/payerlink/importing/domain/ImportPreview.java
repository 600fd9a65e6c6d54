package com.payerlink.importing.domain;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.experimental.Accessors;
import com.payerlink.account.domain.CsvCells;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What importing a file would do, before anything is written: every account line classified NEW,
 * UPDATE, UNCHANGED or ERROR, or a problem with the file as a whole. Applying it is a separate,
 * confirmed step ({@link ImportService#apply}).
 */
@Getter
@Accessors(fluent = true)
public final class ImportPreview {

    private final String fileName;

    @Getter(AccessLevel.PACKAGE)
    private final UUID tenantId;

    /** The operator chose to pad account IDs of fewer than 12 digits with leading zeros. */
    private final boolean padIds;

    /** How the file was read, e.g. "UTF-8 with BOM, semicolon-separated"; empty if it could not be read. */
    private final String format;

    /** Why the file as a whole cannot be imported, or null. Then there are no rows. */
    private final String fileProblem;

    /** Things worth knowing that are not errors, e.g. columns that are ignored. */
    private final List<String> notes;

    /** The account lines of the file in file order; of the lines with errors only the first 1,000. */
    private final List<ImportRow> rows;

    /** Lines with errors beyond those listed in {@link #rows()}: counted, not kept. */
    private final int unlistedErrors;

    @Getter(AccessLevel.NONE)
    private final Map<ImportRowStatus, Integer> totals = new EnumMap<>(ImportRowStatus.class);

    /** Rows whose account ID lost leading zeros, which "pad IDs to 12 digits" would repair (or did). */
    private final int paddable;

    /** Rows whose account ID was padded. */
    private final int padded;

    ImportPreview(String fileName, UUID tenantId, boolean padIds, String format, String fileProblem, List<String> notes,
            List<ImportRow> rows, int unlistedErrors, int paddable) {
        this.fileName = fileName;
        this.tenantId = tenantId;
        this.padIds = padIds;
        this.format = format;
        this.fileProblem = fileProblem;
        this.notes = List.copyOf(notes);
        this.rows = rows;
        this.unlistedErrors = unlistedErrors;
        this.paddable = paddable;
        for (ImportRowStatus s : ImportRowStatus.values()) {
            totals.put(s, 0);
        }
        int p = 0;
        for (ImportRow row : rows) {
            totals.merge(row.status(), 1, Integer::sum);
            if (row.padded()) {
                p++;
            }
        }
        this.padded = p;
        totals.merge(ImportRowStatus.ERROR, unlistedErrors, Integer::sum);
    }

    static ImportPreview ofProblem(String fileName, UUID tenantId, boolean padIds, String format, String problem) {
        return new ImportPreview(fileName, tenantId, padIds, format, problem, List.of(), List.of(), 0, 0);
    }

    /** Every account line of the file, listed or not. */
    public int lineCount() {
        return rows.size() + unlistedErrors;
    }

    public int count(ImportRowStatus status) {
        return totals.get(status);
    }

    /** Nothing stands in the way: no file problem, no row with an error, and something to write. */
    public boolean canApply() {
        return fileProblem == null && count(ImportRowStatus.ERROR) == 0 && writes() > 0;
    }

    /** How many accounts applying would create or change. */
    public int writes() {
        return count(ImportRowStatus.NEW) + count(ImportRowStatus.UPDATE);
    }

    /** Every problem as CSV (line, column, value, message), safe to open in a spreadsheet. */
    public String errorsCsv() {
        StringBuilder csv = new StringBuilder(CsvCells.of("line", "column", "value", "message"));
        if (fileProblem != null) {
            csv.append(CsvCells.of("", "", "", fileProblem));
        }
        for (ImportRow row : rows) {
            for (ImportMessage m : row.messages()) {
                csv.append(CsvCells.of(String.valueOf(m.line()), m.column(), m.value(), m.message()));
            }
        }
        if (unlistedErrors > 0) {
            csv.append(CsvCells.of("", "", "", unlistedErrorsText()));
        }
        return csv.toString();
    }

    /** What to say of the errors that are counted but not listed, or null when every error is listed. */
    public String unlistedErrorsText() {
        if (unlistedErrors == 0) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%,d more %s errors that are not listed. Fix the ones listed,"
                + " upload the file again and the next ones are listed.", unlistedErrors,
                unlistedErrors == 1 ? "line has" : "lines have");
    }

}
