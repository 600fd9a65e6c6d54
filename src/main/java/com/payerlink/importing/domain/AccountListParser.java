package com.payerlink.importing.domain;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountListColumn;
import com.payerlink.account.domain.AccountListRow;
import com.payerlink.account.domain.AwsRegion;
import com.payerlink.account.domain.BucketName;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurReportName;
import com.payerlink.account.domain.InvalidValueException;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.account.domain.ReportPrefix;
import com.payerlink.core.InvalidInputException;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an uploaded account list, streaming, into rows with typed values (parsed by the account value
 * types) or a message per bad cell. It knows nothing of the stored accounts: that is change detection's job.
 */
final class AccountListParser {

    /** Longer cells are refused: no value of an account list comes near it. */
    static final int MAX_CELL = 1000;

    private static final Pattern ACCOUNT_LIKE = Pattern.compile("[\\d\\s.,eE+-]{9,}");

    // A line break followed by what starts an account line: a quote opened and never closed swallowed it.
    private static final Pattern NEXT_RECORD = Pattern.compile("[\\r\\n]\\s*(\\d{6,}\\s*[,;\\t][^\\r\\n]*)");

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;|\\n]+");

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
            CsvRecord headerRecord = null;
            while (headerRecord == null && records.hasNext()) {
                CsvRecord r = records.next();
                headerRecord = allBlank(r) ? null : r;
            }
            if (headerRecord == null) {
                throw new ImportFileException("The file is empty. Upload a CSV file with a header line (e.g."
                        + " account_id,name) and one account per line below it; the template shows the format.");
            }
            Header header = Header.of(headerRecord, format);
            RowReader rowReader = new RowReader(header, padIds);
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
            return new Result(format, header.notes, rows, rowReader.paddable);
        }
        catch (CsvParseException e) {
            throw new ImportFileException("The file cannot be read as CSV (" + e.getMessage() + "). Export it from"
                    + " your spreadsheet as CSV again, and check that every opening double quote is closed.");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The header line: which column of the file holds which value. */
    private static final class Header {

        final Map<AccountListColumn, Integer> index = new EnumMap<>(AccountListColumn.class);

        final Map<AccountListColumn, String> names = new EnumMap<>(AccountListColumn.class);

        final List<String> notes = new ArrayList<>();

        final int size;

        final CsvFormat format;

        private Header(int size, CsvFormat format) {
            this.size = size;
            this.format = format;
        }

        static Header of(CsvRecord record, CsvFormat format) {
            Header h = new Header(record.getFieldCount(), format);
            List<String> cells = record.getFields().stream().map(AccountListParser::clean).toList();
            if (!cells.isEmpty() && ACCOUNT_LIKE.matcher(cells.get(0)).matches()) {
                throw new ImportFileException("Line " + record.getStartingLineNumber() + " looks like an account ("
                        + cells.get(0) + "), but the first line must be the header that names the columns. Add a"
                        + " header line such as account_id,name above the accounts; the template shows it.");
            }
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                Optional<AccountListColumn> column = AccountListColumn.forHeader(cell);
                if (column.isEmpty()) {
                    h.notes.add("Column \"" + cell + "\" is not one Payerlink reads; it is ignored.");
                    continue;
                }
                AccountListColumn c = column.get();
                if (h.index.containsKey(c)) {
                    throw new ImportFileException("The columns \"" + h.names.get(c) + "\" and \"" + cell + "\" both"
                            + " mean " + c.header() + ". Keep one of them, or rename the other, and upload the file"
                            + " again.");
                }
                h.index.put(c, i);
                h.names.put(c, cell);
            }
            h.requireColumns(cells);
            return h;
        }

        private void requireColumns(List<String> cells) {
            List<String> missing = new ArrayList<>();
            for (AccountListColumn c : AccountListColumn.values()) {
                if (c.required() && !index.containsKey(c)) {
                    missing.add(c.header());
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            if (cells.size() == 1) {
                String only = cells.get(0);
                for (char other : new char[] { '|', ':', '#', '/' }) {
                    if (only.indexOf(other) >= 0) {
                        throw new ImportFileException("The header line is one column, \"" + only + "\": the values"
                                + " seem separated by '" + other + "'. Payerlink reads files separated by commas,"
                                + " semicolons or tabs; export the list as CSV from your spreadsheet again.");
                    }
                }
            }
            throw new ImportFileException("The file has no " + String.join(" and no ", missing) + " column. Its"
                    + " header line (read as " + format.delimiterName() + "-separated) has: " + String.join(", ",
                    cells) + ". Name the columns account_id and name (\"Account ID\", \"AWS Account\", \"Account"
                    + " Name\" work too); the template shows every column.");
        }

    }

    /** Reads account lines against the header, remembering the keys seen so far to find duplicates. */
    private static final class RowReader {

        private final Header header;

        private final boolean padIds;

        private final Map<String, Long> firstLineOfKey = new HashMap<>();

        int paddable;

        RowReader(Header header, boolean padIds) {
            this.header = header;
            this.padIds = padIds;
        }

        ImportRow read(CsvRecord record) {
            long line = record.getStartingLineNumber();
            List<ImportMessage> problems = new ArrayList<>();
            if (record.getFieldCount() != header.size && !onlyBlankExtras(record)) {
                problems.add(new ImportMessage(line, null, null, "This line has " + record.getFieldCount()
                        + " values, but the header has " + header.size + " columns. A value that contains a "
                        + header.format.delimiterName() + " must be in double quotes (e.g. \"Acme, Inc.\"); add the"
                        + " quotes or the missing " + header.format.delimiterName() + "s."));
                return ImportRow.error(line, cell(record, AccountListColumn.ACCOUNT_ID),
                        cell(record, AccountListColumn.NAME), cell(record, AccountListColumn.PARTITION), problems);
            }
            for (AccountListColumn c : header.index.keySet()) {
                String value = cell(record, c);
                if (value.length() > MAX_CELL) {
                    problems.add(new ImportMessage(line, header.names.get(c), value.substring(0, 40) + "…",
                            "This value has " + value.length() + " characters; no account value is longer than "
                                    + MAX_CELL + ". Did a double quote open a value without closing it?"));
                }
            }
            for (AccountListColumn c : header.index.keySet()) {
                String value = cell(record, c);
                var runaway = NEXT_RECORD.matcher(value);
                if (value.length() <= MAX_CELL && runaway.find()) {
                    problems.add(new ImportMessage(line, header.names.get(c), value, "This value runs over several"
                            + " lines and contains what looks like the next account (\"" + runaway.group(1).strip()
                            + "\"): a double quote opened on line " + line + " is probably never closed. Close it, or"
                            + " remove it."));
                }
            }
            if (!problems.isEmpty()) {
                return ImportRow.error(line, cell(record, AccountListColumn.ACCOUNT_ID).length() > 40 ? ""
                        : cell(record, AccountListColumn.ACCOUNT_ID), "", "", problems);
            }

            Partition partition = optional(line, AccountListColumn.PARTITION, record, Partition::parse, problems);
            Partition p = partition == null ? Partition.AWS : partition;
            String rawId = cell(record, AccountListColumn.ACCOUNT_ID);
            AccountId accountId = null;
            boolean padded = false;
            try {
                accountId = AccountId.parse(rawId);
            }
            catch (InvalidValueException e) {
                Optional<AccountId> pad = AccountId.padded(rawId);
                if (pad.isPresent()) {
                    paddable++;
                }
                if (pad.isPresent() && padIds) {
                    accountId = pad.get();
                    padded = true;
                }
                else {
                    problems.add(message(line, AccountListColumn.ACCOUNT_ID, rawId, e.getMessage()
                            + (pad.isPresent() ? " Or choose \"Pad IDs to 12 digits\" to pad every such ID." : "")));
                }
            }
            String name = cell(record, AccountListColumn.NAME);
            if (name.isEmpty()) {
                problems.add(message(line, AccountListColumn.NAME, name,
                        "The name is empty; enter a name for the account, e.g. the customer's company."));
            }
            else if (name.length() > 200) {
                problems.add(message(line, AccountListColumn.NAME, name, "The name has " + name.length()
                        + " characters; shorten it to at most 200."));
            }
            ConnectionMethod method = optional(line, AccountListColumn.CONNECTION_METHOD, record,
                    AccountListParser::parseMethod, problems);
            List<String> emails = optional(line, AccountListColumn.CONTACT_EMAILS, record,
                    AccountDetails::parseEmails, problems);
            Set<Product> products = optional(line, AccountListColumn.PRODUCTS, record, AccountListParser::parseProducts,
                    problems);
            String bucket = optional(line, AccountListColumn.CUR_BUCKET, record, s -> BucketName.parse(s).value(),
                    problems);
            String report = optional(line, AccountListColumn.REPORT_NAME, record, s -> CurReportName.parse(s).value(),
                    problems);
            String prefix = optional(line, AccountListColumn.REPORT_PREFIX, record, s -> ReportPrefix.parse(s).value(),
                    problems);
            String region = partition == null && !cell(record, AccountListColumn.PARTITION).isEmpty() ? null
                    : optional(line, AccountListColumn.BUCKET_REGION, record,
                            s -> AwsRegion.forCurBucket(s, p).value(), problems);

            if (accountId != null) {
                String key = p.id() + ":" + accountId.value();
                Long first = firstLineOfKey.putIfAbsent(key, line);
                if (first != null) {
                    problems.add(message(line, AccountListColumn.ACCOUNT_ID, rawId, "Account " + accountId.value()
                            + " (" + p.label() + ") is on line " + first + " already; an account may appear only once"
                            + " per file. Remove one of the two lines."));
                }
            }
            if (!problems.isEmpty()) {
                return ImportRow.error(line, accountId == null ? rawId : accountId.value(), name,
                        partition == null ? cell(record, AccountListColumn.PARTITION) : partition.id(), problems);
            }
            return ImportRow.parsed(line, new AccountListRow(p, accountId, name, method, emails, products, bucket,
                    report, prefix, region), padded);
        }

        private boolean onlyBlankExtras(CsvRecord record) {
            if (record.getFieldCount() < header.size) {
                return false;
            }
            for (int i = header.size; i < record.getFieldCount(); i++) {
                if (!clean(record.getField(i)).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private String cell(CsvRecord record, AccountListColumn column) {
            Integer i = header.index.get(column);
            return i == null || i >= record.getFieldCount() ? "" : clean(record.getField(i));
        }

        // A blank optional cell is "not given" (null); else the value type parses it or names what is wrong.
        private <T> T optional(long line, AccountListColumn column, CsvRecord record,
                java.util.function.Function<String, T> parse, List<ImportMessage> problems) {
            String value = cell(record, column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            }
            catch (InvalidValueException | InvalidInputException e) {
                problems.add(message(line, column, value, e.getMessage()));
                return null;
            }
        }

        private ImportMessage message(long line, AccountListColumn column, String value, String text) {
            return new ImportMessage(line, header.names.get(column), value, text);
        }

    }

    /** A connection method by its name (MSP_SINGLE) or label (MSP customer account), any case. */
    static ConnectionMethod parseMethod(String text) {
        String key = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ConnectionMethod m : ConnectionMethod.values()) {
            if (m.name().equals(key) || m.label().equalsIgnoreCase(text)) {
                return m;
            }
        }
        List<String> names = java.util.Arrays.stream(ConnectionMethod.values()).map(Enum::name).toList();
        throw new InvalidValueException("Connection method '" + text + "' does not exist; enter one of "
                + String.join(", ", names) + " (or leave it empty for MSP_SINGLE).");
    }

    /** Products separated by commas, semicolons or vertical bars; Cost Analytics is always added. */
    static Set<Product> parseProducts(String text) {
        Set<Product> products = new LinkedHashSet<>();
        for (String part : LIST_SEPARATORS.split(text)) {
            if (!part.isBlank()) {
                products.add(Product.parse(part));
            }
        }
        return Product.withAlwaysOn(products);
    }


}
