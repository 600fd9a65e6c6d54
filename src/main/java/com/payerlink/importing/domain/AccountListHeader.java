package com.payerlink.importing.domain;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountListColumn;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The header line of an account list: which column of the file holds which value, as the file names it. */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
@Accessors(fluent = true)
final class AccountListHeader {

    private static final Pattern ACCOUNT_LIKE = Pattern.compile("[\\d\\s.,eE+-]{9,}");

    private final Map<AccountListColumn, Integer> index = new EnumMap<>(AccountListColumn.class);

    private final Map<AccountListColumn, String> names = new EnumMap<>(AccountListColumn.class);

    /** Columns the file has that Payerlink does not read. */
    @Getter(AccessLevel.PACKAGE)
    private final List<String> notes = new ArrayList<>();

    /** How many columns the header line has. */
    @Getter(AccessLevel.PACKAGE)
    private final int size;

    @Getter(AccessLevel.PACKAGE)
    private final CsvFormat format;

    // the file's column of each AccountListColumn (by ordinal), -1 where it has none; made on first use
    private int @Nullable [] positions;

    /**
     * Reads the header line: every column Payerlink knows (by name or synonym, any case); others are noted and
     * ignored.
     *
     * @throws ImportFileException when the line is an account instead, names a column twice, or lacks a required one
     */
    static AccountListHeader read(CsvRecord record, CsvFormat format) {
        AccountListHeader h = new AccountListHeader(record.getFieldCount(), format);
        List<String> cells = record.getFields().stream().map(AccountListParser::clean).toList();
        if (!cells.isEmpty() && ACCOUNT_LIKE.matcher(cells.get(0)).matches()) {
            throw new ImportFileException("Line " + record.getStartingLineNumber() + " looks like an account ("
                    + cells.get(0) + "), but the first line must be the header that names the columns. Add a"
                    + " header line such as account_id,name above the accounts; the template shows it.");
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                h.add(i, cells.get(i));
            }
        }
        h.requireColumns(cells);
        return h;
    }

    private void add(int i, String cell) {
        Optional<AccountListColumn> column = AccountListColumn.forHeader(cell);
        if (column.isEmpty()) {
            notes.add("Column \"" + cell + "\" is not one Payerlink reads; it is ignored.");
            return;
        }
        AccountListColumn c = column.get();
        if (index.containsKey(c)) {
            throw new ImportFileException("The columns \"" + names.get(c) + "\" and \"" + cell + "\" both mean "
                    + c.header() + ". Keep one of them, or rename the other, and upload the file again.");
        }
        index.put(c, i);
        names.put(c, cell);
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
            requireKnownSeparator(cells.get(0));
        }
        throw new ImportFileException("The file has no " + String.join(" and no ", missing) + " column. Its"
                + " header line (read as " + format.delimiterName() + "-separated) has: " + String.join(", ", cells)
                + ". Name the columns account_id and name (\"Account ID\", \"AWS Account\", \"Account Name\" work"
                + " too); the template shows every column.");
    }

    // A header of one column that contains another separator: the file is not a CSV file of ours.
    private static void requireKnownSeparator(String only) {
        for (char other : new char[] { '|', ':', '#', '/' }) {
            if (only.indexOf(other) >= 0) {
                throw new ImportFileException("The header line is one column, \"" + only + "\": the values"
                        + " seem separated by '" + other + "'. Payerlink reads files separated by commas,"
                        + " semicolons or tabs; export the list as CSV from your spreadsheet again.");
            }
        }
    }

    /** The columns the file has, in the order of {@link AccountListColumn}. */
    Iterable<AccountListColumn> columns() {
        return index.keySet();
    }

    /**
     * The cells of a line as meant ({@link AccountListParser#clean}), by {@link AccountListColumn#ordinal()}; empty
     * where the file lacks the column. Each cell is cleaned once per line.
     */
    String[] cells(CsvRecord record) {
        if (positions == null) {
            positions = new int[AccountListColumn.values().length];
            for (AccountListColumn c : AccountListColumn.values()) {
                positions[c.ordinal()] = index.getOrDefault(c, -1);
            }
        }
        String[] cells = new String[positions.length];
        for (int c = 0; c < positions.length; c++) {
            int i = positions[c];
            cells[c] = i < 0 || i >= record.getFieldCount() ? "" : AccountListParser.clean(record.getField(i));
        }
        return cells;
    }

    /** The column's name as the file writes it, for messages. */
    String nameOf(AccountListColumn column) {
        return names.get(column);
    }

}
