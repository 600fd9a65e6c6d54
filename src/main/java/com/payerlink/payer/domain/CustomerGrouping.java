package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountId;
import com.payerlink.core.InvalidInputException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file that groups payer members into customers, one member per line: {@code account_id,customer[,contacts]}
 * (comma or semicolon, with or without a BOM, as Excel writes it). Account IDs that lost their leading zeros are
 * padded; every problem is named with its line, and a file with any problem groups nothing.
 *
 * @param customers the customers by name as written in the file, each with its contacts and member account IDs
 * @param problems  one message per bad line; empty when the file can be applied
 */
public record CustomerGrouping(Map<String, Group> customers, List<String> problems) {

    /** The most lines one file may have. */
    static final int MAX_LINES = 100_000;

    /** One customer of the file: its contacts (from any of its lines) and its members. */
    public record Group(String name, List<String> contacts, List<AccountId> members) {
    }

    public int memberCount() {
        return customers.values().stream().mapToInt(g -> g.members().size()).sum();
    }

    /** Reads the file; never throws for its content, which lands in {@link #problems()}. */
    public static CustomerGrouping parse(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        Map<String, Group> customers = new LinkedHashMap<>();
        Map<AccountId, String> seen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int line = 0;
        for (CsvRecord r : CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
            line++;
            if (line == 1) {
                requireHeader(r, problems);
                continue;
            }
            if (line > MAX_LINES + 1) {
                problems.add("The file has more than " + MAX_LINES + " members; split it into several files.");
                break;
            }
            if (r.getFields().stream().allMatch(String::isBlank)) {
                continue;
            }
            readLine(r, line, customers, seen, problems);
        }
        if (line <= 1 && problems.isEmpty()) {
            problems.add("The file has no members: write one line per member below the header account_id,customer.");
        }
        return new CustomerGrouping(customers, problems);
    }

    private static void requireHeader(CsvRecord r, List<String> problems) {
        List<String> names = r.getFields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.size() < 2 || !names.get(0).equals("account_id") || !names.get(1).equals("customer")) {
            problems.add("Line 1 must be the header account_id,customer (optionally ,contacts); it is \""
                    + String.join(",", r.getFields()) + "\".");
        }
    }

    private static void readLine(CsvRecord r, int line, Map<String, Group> customers, Map<AccountId, String> seen,
            List<String> problems) {
        String rawId = r.getFieldCount() > 0 ? r.getField(0) : "";
        String rawName = r.getFieldCount() > 1 ? r.getField(1) : "";
        String rawContacts = r.getFieldCount() > 2 ? r.getField(2) : "";
        try {
            AccountId id = AccountId.padded(rawId).orElseGet(() -> AccountId.parseAsShown(rawId));
            String name = CustomerService.validName(rawName);
            List<String> contacts = AccountDetails.parseEmails(rawContacts);
            String earlier = seen.putIfAbsent(id, name);
            if (earlier != null && !earlier.equalsIgnoreCase(name)) {
                problems.add("Line " + line + ": account " + id.value() + " is already in customer \"" + earlier
                        + "\" on an earlier line; a member belongs to one customer. Keep one of the lines.");
                return;
            }
            Group group = customers.computeIfAbsent(CustomerService.lower(name),
                    k -> new Group(name, new ArrayList<>(), new ArrayList<>()));
            contacts.stream().filter(c -> !group.contacts().contains(c)).forEach(group.contacts()::add);
            if (!group.members().contains(id)) {
                group.members().add(id);
            }
        }
        catch (InvalidInputException | IllegalArgumentException e) {
            problems.add("Line " + line + ": " + e.getMessage());
        }
    }

}
