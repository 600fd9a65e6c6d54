package com.payerlink.account.domain;

import java.time.OffsetDateTime;

/** One recorded change of an account: who, when, what. */
public record HistoryEntry(OffsetDateTime at, String actor, String action, Integer step, String detail) {
}
