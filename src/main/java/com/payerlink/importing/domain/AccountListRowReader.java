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
import com.payerlink.core.SingleLine;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static com.payerlink.account.domain.AccountListColumn.ACCOUNT_ID;
import static com.payerlink.account.domain.AccountListColumn.NAME;
import static com.payerlink.account.domain.AccountListColumn.PARTITION;

/**
 * Reads the account lines of a file against its header into typed rows, or a message per bad cell; remembers the
 * keys seen so far to find an account listed twice.
 */
final class AccountListRowReader {

    /** Longer cells are refused: no value of an account list comes near it. */
    static final int MAX_CELL = 1000;

    // A line break followed by what starts an account line: a quote opened and never closed swallowed it.
    private static final Pattern NEXT_RECORD = Pattern.compile("[\\r\\n]\\s*(\\d{6,}\\s*[,;\\t][^\\r\\n]*)");

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;|\\n]+");

    private final AccountListHeader header;

    private final boolean padIds;

    // the line of each key seen so far: the account ID's number, doubled, plus the partition's ordinal
    private final Map<Long, Long> firstLineOfKey = new HashMap<>();

    // each optional column's distinct cells, read once per file; the region's per partition (it is checked against it)
    private final Map<AccountListColumn, CellMemo> memos = new EnumMap<>(AccountListColumn.class);

    private final CellMemo[] regionMemos = { new CellMemo(), new CellMemo() };

    private int paddable;

    /** @param padIds pad account IDs of 1 to 11 digits with leading zeros, instead of calling them errors */
    AccountListRowReader(AccountListHeader header, boolean padIds) {
        this.header = header;
        this.padIds = padIds;
    }

    /** How many account IDs read so far lost their leading zeros (padded or not). */
    int paddable() {
        return paddable;
    }

    /** One account line: first its shape (values per line, runaway quotes), then each value by its value type. */
    ImportRow read(CsvRecord record) {
        long line = record.getStartingLineNumber();
        String[] cells = header.cells(record);
        if (record.getFieldCount() != header.size() && !onlyBlankExtras(record)) {
            String separator = header.format().delimiterName();
            ImportMessage wrongCount = new ImportMessage(line, null, null, "This line has " + record.getFieldCount()
                    + " values, but the header has " + header.size() + " columns. A value that contains a "
                    + separator + " must be in double quotes (e.g. \"Acme, Inc.\"); add the quotes or the missing "
                    + separator + "s.");
            return ImportRow.error(line, shown(cells[ACCOUNT_ID.ordinal()]), shown(cells[NAME.ordinal()]),
                    shown(cells[PARTITION.ordinal()]), List.of(wrongCount));
        }
        List<ImportMessage> problems = runawayCells(cells, line);
        if (!problems.isEmpty()) {
            String rawId = cells[ACCOUNT_ID.ordinal()];
            return ImportRow.error(line, rawId.length() > 40 ? "" : rawId, "", "", problems);
        }
        return readValues(cells, line);
    }

    // Over-long cells and cells that swallowed the next lines: both mean a double quote that was never closed.
    private List<ImportMessage> runawayCells(String[] cells, long line) {
        if (!anyRunaway(cells)) {
            return List.of();
        }
        List<ImportMessage> problems = new ArrayList<>();
        for (AccountListColumn c : header.columns()) {
            String value = cells[c.ordinal()];
            if (value.length() > MAX_CELL) {
                problems.add(new ImportMessage(line, header.nameOf(c), value.substring(0, 40) + "…",
                        "This value has " + value.length() + " characters; no account value is longer than "
                                + MAX_CELL + ". Did a double quote open a value without closing it?"));
            }
        }
        for (AccountListColumn c : header.columns()) {
            String value = cells[c.ordinal()];
            if (value.length() > MAX_CELL || (value.indexOf('\n') < 0 && value.indexOf('\r') < 0)) {
                continue; // over-long: said above; on one line: nothing ran over (no regular expression per cell)
            }
            var runaway = NEXT_RECORD.matcher(value);
            if (runaway.find()) {
                problems.add(new ImportMessage(line, header.nameOf(c), value, "This value runs over several"
                        + " lines and contains what looks like the next account (\"" + runaway.group(1).strip()
                        + "\"): a double quote opened on line " + line + " is probably never closed. Close it, or"
                        + " remove it."));
            }
        }
        return problems;
    }

    private ImportRow readValues(String[] cells, long line) {
        List<ImportMessage> problems = new ArrayList<>();
        Partition partition = optional(line, PARTITION, cells, Partition::parse, problems);
        Partition p = partition == null ? Partition.AWS : partition;
        String rawId = cells[ACCOUNT_ID.ordinal()];
        ReadId id = accountId(line, rawId, problems);
        // a spreadsheet cell may hold line breaks; a name is one line (it goes into mail subjects)
        String name = name(line, SingleLine.flatten(cells[NAME.ordinal()]), problems);
        ConnectionMethod method = optional(line, AccountListColumn.CONNECTION_METHOD, cells,
                AccountListRowReader::parseMethod, problems);
        List<String> emails = contacts(line, cells, problems);
        Set<Product> products = optional(line, AccountListColumn.PRODUCTS, cells,
                AccountListRowReader::parseProducts, problems);
        BucketName bucket = optional(line, AccountListColumn.CUR_BUCKET, cells, BucketName::parse, problems);
        CurReportName report = optional(line, AccountListColumn.REPORT_NAME, cells, CurReportName::parse, problems);
        ReportPrefix prefix = optional(line, AccountListColumn.REPORT_PREFIX, cells, ReportPrefix::parse, problems);
        // a region is checked against the partition, which is unknown when the partition cell is bad
        AwsRegion region = partition == null && !cells[PARTITION.ordinal()].isEmpty() ? null
                : optional(line, AccountListColumn.BUCKET_REGION, cells[AccountListColumn.BUCKET_REGION.ordinal()],
                        regionMemos[p.ordinal()], s -> AwsRegion.forCurBucket(s, p), problems);
        if (id.value() != null) {
            requireFirstOfKey(line, rawId, p, id.value(), problems);
        }
        if (!problems.isEmpty()) {
            return ImportRow.error(line, id.value() == null ? rawId : id.value().value(), name,
                    partition == null ? cells[PARTITION.ordinal()] : partition.id(), problems);
        }
        return ImportRow.parsed(line, new AccountListRow(p, id.value(), name, method, emails, products, bucket,
                report, prefix, region), id.padded());
    }

    /** An account ID as read: null when it is wrong; padded when zeros lost by a spreadsheet were put back. */
    private record ReadId(AccountId value, boolean padded) {
    }

    private ReadId accountId(long line, String rawId, List<ImportMessage> problems) {
        try {
            return new ReadId(AccountId.parse(rawId), false);
        }
        catch (InvalidValueException e) {
            Optional<AccountId> pad = AccountId.padded(rawId);
            if (pad.isPresent()) {
                paddable++;
            }
            if (pad.isPresent() && padIds) {
                return new ReadId(pad.get(), true);
            }
            problems.add(message(line, ACCOUNT_ID, rawId, e.getMessage()
                    + (pad.isPresent() ? " Or choose \"Pad IDs to 12 digits\" to pad every such ID." : "")));
            return new ReadId(null, false);
        }
    }

    private String name(long line, String name, List<ImportMessage> problems) {
        if (name.isEmpty()) {
            problems.add(message(line, NAME, name,
                    "The name is empty; enter a name for the account, e.g. the customer's company."));
        }
        else if (name.length() > 200) {
            problems.add(message(line, NAME, name, "The name has " + name.length()
                    + " characters; shorten it to at most 200."));
        }
        return name;
    }

    private void requireFirstOfKey(long line, String rawId, Partition p, AccountId accountId,
            List<ImportMessage> problems) {
        Long first = firstLineOfKey.putIfAbsent(Long.parseLong(accountId.value()) * 2 + p.ordinal(), line);
        if (first != null) {
            problems.add(message(line, ACCOUNT_ID, rawId, "Account " + accountId.value() + " (" + p.label()
                    + ") is on line " + first + " already; an account may appear only once per file. Remove one of"
                    + " the two lines."));
        }
    }

    private boolean onlyBlankExtras(CsvRecord record) {
        if (record.getFieldCount() < header.size()) {
            return false;
        }
        for (int i = header.size(); i < record.getFieldCount(); i++) {
            if (!AccountListParser.clean(record.getField(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    // A cell of a misshapen line, shown in the preview: shortened, so that a kept row never holds a long text.
    private static String shown(String cell) {
        return cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
    }

    // Any cell over-long or over several lines (most lines have none: then nothing more is looked at).
    private static boolean anyRunaway(String[] cells) {
        for (String value : cells) {
            if (value.length() > MAX_CELL) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r') {
                    return true;
                }
            }
        }
        return false;
    }

    // The contacts are a new list per line (a list is not a value to share): read without a memo.
    private List<String> contacts(long line, String[] cells, List<ImportMessage> problems) {
        String value = cells[AccountListColumn.CONTACT_EMAILS.ordinal()];
        if (value.isEmpty()) {
            return null;
        }
        try {
            return AccountDetails.parseEmails(value);
        }
        catch (InvalidInputException e) {
            problems.add(message(line, AccountListColumn.CONTACT_EMAILS, value, e.getMessage()));
            return null;
        }
    }

    private <T> T optional(long line, AccountListColumn column, String[] cells, Function<String, T> parse,
            List<ImportMessage> problems) {
        return optional(line, column, cells[column.ordinal()], memos.computeIfAbsent(column, c -> new CellMemo()),
                parse, problems);
    }

    // A blank optional cell is "not given" (null); else the value type parses it or names what is wrong.
    @SuppressWarnings("unchecked") // the memo holds what parse returned, or Refused
    private <T> T optional(long line, AccountListColumn column, String value, CellMemo memo,
            Function<String, T> parse, List<ImportMessage> problems) {
        if (value.isEmpty()) {
            return null;
        }
        Object read = memo.read(value, parse);
        if (read instanceof CellMemo.Refused refused) {
            problems.add(message(line, column, value, refused.message()));
            return null;
        }
        return (T) read;
    }

    private ImportMessage message(long line, AccountListColumn column, String value, String text) {
        return new ImportMessage(line, header.nameOf(column), value, text);
    }

    /** A connection method by its name (MSP_SINGLE) or label (MSP customer account), any case. */
    static ConnectionMethod parseMethod(String text) {
        String key = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ConnectionMethod m : ConnectionMethod.values()) {
            if (m.name().equals(key) || m.label().equalsIgnoreCase(text)) {
                return m;
            }
        }
        List<String> names = Arrays.stream(ConnectionMethod.values()).map(Enum::name).toList();
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
