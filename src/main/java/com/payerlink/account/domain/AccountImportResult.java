package com.payerlink.account.domain;

/** What an applied account list wrote. */
public record AccountImportResult(int created, int updated) {
}
