package com.payerlink.importing.domain;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.experimental.Accessors;
import com.payerlink.account.domain.AccountListRow;
import com.payerlink.account.domain.AccountListUpdate;

import java.util.List;

/**
 * One account line of an uploaded file, classified: what it shows in the preview, and what applying it
 * would write.
 */
@Getter
@Accessors(fluent = true)
public final class ImportRow {

    /** The line it starts on in the file (the header is line 1). */
    private final long line;

    /** The account ID as imported (padded, if chosen) or, for an unreadable one, as written in the file. */
    private final String accountId;

    private final String name;

    /** "aws" or "aws-cn", or as written in the file if unreadable. */
    private final String partition;

    private ImportRowStatus status;

    private List<ImportMessage> messages;

    private String details;

    /** The account ID had fewer than 12 digits and was padded with leading zeros, as the operator chose. */
    private final boolean padded;

    // what applying writes: the new account (NEW) or the change (UPDATE)
    /** As parsed (before classification), or the new account's values (NEW). */
    @Getter(AccessLevel.PACKAGE)
    private AccountListRow values;

    @Getter(AccessLevel.PACKAGE)
    private AccountListUpdate update;

    ImportRow(long line, String accountId, String name, String partition, boolean padded) {
        this.line = line;
        this.accountId = accountId;
        this.name = name;
        this.partition = partition;
        this.padded = padded;
        this.details = "";
    }

    static ImportRow parsed(long line, AccountListRow parsed, boolean padded) {
        ImportRow row = new ImportRow(line, parsed.accountId().value(), parsed.name(), parsed.partition().id(), padded);
        row.values = parsed;
        return row;
    }

    static ImportRow error(long line, String accountId, String name, String partition, List<ImportMessage> messages) {
        ImportRow row = new ImportRow(line, accountId, name, partition, false);
        row.status = ImportRowStatus.ERROR;
        row.messages = List.copyOf(messages);
        row.details = String.join(" ", messages.stream().map(m -> (m.column() == null ? "" : m.column() + ": ")
                + m.message()).toList());
        return row;
    }

    void classifyNew(AccountListRow newValues) {
        status = ImportRowStatus.NEW;
        values = newValues;
        details = padded ? "Account ID padded to 12 digits" : "";
    }

    void classifyUpdate(AccountListUpdate change) {
        status = ImportRowStatus.UPDATE;
        update = change;
        values = null;
        details = change.changes();
    }

    void classifyUnchanged() {
        status = ImportRowStatus.UNCHANGED;
        values = null;
        details = "";
    }

    void reject(ImportMessage message) {
        status = ImportRowStatus.ERROR;
        values = null;
        messages = List.of(message);
        details = message.message();
    }

    /** What is wrong (ERROR rows); empty otherwise. */
    public List<ImportMessage> messages() {
        return messages == null ? List.of() : messages;
    }

}
