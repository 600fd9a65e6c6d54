package com.payerlink.account.domain;

import org.jspecify.annotations.Nullable;

/** One line of an account's history still to be written (several are written in one statement). */
record HistoryNote(AccountHistoryAction action, @Nullable Integer step, String detail) {
}
