package com.payerlink.importing.domain;

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

/**
 * Reads an uploaded account list, streaming, into rows with typed values (parsed by the account value
 * types) or a message per bad cell. It knows nothing of the stored accounts: that is change detection's job.
 * The header line is {@link AccountListHeader}'s to read, each account line {@link AccountListRowReader}'s.
 */
final class AccountListParser {

    private AccountListParser() {
    }

    /** The file as read: how it is written, what was noticed, and its account lines. */
    record Result(CsvFormat format, List<String> notes, List<ImportRow> rows, int paddable) {
    }

    /**
     * Reads the whole file.
     *
     * @param padIds pad account IDs of 1 to 11 digits with leading zeros, instead of calling them errors
     * @throws ImportFileException when the file as a whole cannot be read as an account list
     */
    static Result parse(byte[] bytes, boolean padIds) {
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
            List<ImportRow> rows = accountLines(records, rowReader);
            return new Result(format, header.notes(), rows, rowReader.paddable());
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

    private static List<ImportRow> accountLines(Iterator<CsvRecord> records, AccountListRowReader rowReader) {
        List<ImportRow> rows = new ArrayList<>();
        while (records.hasNext()) {
            CsvRecord r = records.next();
            if (!allBlank(r)) {
                rows.add(rowReader.read(r));
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("The file has a header line but no accounts. Add one account per line"
                    + " below the header and upload it again.");
        }
        return rows;
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
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(raw.charAt(end - 1))) {
            end--;
        }
        String text = raw.substring(start, end);
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

}
