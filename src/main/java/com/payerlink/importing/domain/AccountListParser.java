package com.payerlink.importing.domain;

import com.payerlink.account.domain.Inputs;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded account list, streaming, into rows with typed values (parsed by the account value
 * types) or a message per bad cell. It knows nothing of the stored accounts: that is change detection's job.
 * The header line is {@link AccountListHeader}'s to read, each account line {@link AccountListRowReader}'s.
 */
final class AccountListParser {

    private AccountListParser() {
    }

    /** Lines with errors listed one by one (with their messages); further ones are only counted. */
    static final int MAX_LISTED_ERRORS = 1_000;

    /**
     * The file as read: how it is written, what was noticed, and its account lines (of those with errors, the first
     * {@value #MAX_LISTED_ERRORS}; unlistedErrors counts the rest).
     */
    record Result(CsvFormat format, List<String> notes, List<ImportRow> rows, int unlistedErrors, int paddable) {
    }

    /**
     * Reads the whole file, line by line, keeping a row per account line but never the lines' text.
     *
     * @param padIds  pad account IDs of 1 to 11 digits with leading zeros, instead of calling them errors
     * @param maxRows the most account lines a file may have
     * @throws ImportFileException when the file as a whole cannot be read as an account list, or has too many lines
     */
    static Result parse(byte[] bytes, boolean padIds, int maxRows) {
        CsvFormat format = CsvFormat.of(bytes);
        var reader = new InputStreamReader(new ByteArrayInputStream(bytes, format.skip(), bytes.length - format.skip()),
                format.charset());
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
            .fieldSeparator(format.delimiter())
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(reader)) {
            Iterator<CsvRecord> records = csv.iterator();
            AccountListHeader header = AccountListHeader.read(firstLine(records), format);
            AccountListRowReader rowReader = new AccountListRowReader(header, padIds);
            AccountLines lines = accountLines(records, rowReader, maxRows);
            return new Result(format, header.notes(), lines.rows(), lines.unlistedErrors(), rowReader.paddable());
        }
        catch (CsvParseException e) {
            throw new ImportFileException("The file cannot be read as CSV (" + e.getMessage() + "). Export it from"
                    + " your spreadsheet as CSV again, and check that every opening double quote is closed.");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The first line that is not blank: the header.
    private static CsvRecord firstLine(Iterator<CsvRecord> records) {
        while (records.hasNext()) {
            CsvRecord r = records.next();
            if (!allBlank(r)) {
                return r;
            }
        }
        throw new ImportFileException("The file is empty. Upload a CSV file with a header line (e.g."
                + " account_id,name) and one account per line below it; the template shows the format.");
    }

    private record AccountLines(List<ImportRow> rows, int unlistedErrors) {
    }

    // Stops at the first line over the cap; a line with errors past the first MAX_LISTED_ERRORS is only counted.
    private static AccountLines accountLines(Iterator<CsvRecord> records, AccountListRowReader rowReader, int maxRows) {
        List<ImportRow> rows = new ArrayList<>();
        int lines = 0;
        int errors = 0;
        while (records.hasNext()) {
            CsvRecord r = records.next();
            if (allBlank(r)) {
                continue;
            }
            if (++lines > maxRows) {
                throw new ImportFileException(tooManyLines(maxRows));
            }
            ImportRow row = rowReader.read(r);
            if (row.status() == ImportRowStatus.ERROR && ++errors > MAX_LISTED_ERRORS) {
                continue;
            }
            rows.add(row);
        }
        if (lines == 0) {
            throw new ImportFileException("The file has a header line but no accounts. Add one account per line"
                    + " below the header and upload it again.");
        }
        return new AccountLines(rows, Math.max(0, errors - MAX_LISTED_ERRORS));
    }

    private static String tooManyLines(int maxRows) {
        String limit = String.format(Locale.ROOT, "%,d", maxRows);
        return "The file has more than " + limit + " account lines; the limit is " + limit + " per file. Split the"
                + " list into files of at most " + limit + " lines, each with the header line, and import them one"
                + " after the other.";
    }

    private static boolean allBlank(CsvRecord r) {
        for (String field : r.getFields()) {
            if (!clean(field).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell as meant: trimmed (also of non-breaking spaces and BOMs), and without the apostrophe with which an
     * export neutralises a leading {@code = + - @}, so that an exported list imports back unchanged.
     */
    static String clean(String raw) {
        String text = Inputs.trim(raw);
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

}
