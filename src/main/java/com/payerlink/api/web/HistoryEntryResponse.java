package com.payerlink.api.web;

import com.payerlink.account.domain.HistoryEntry;

import java.time.OffsetDateTime;

/** One recorded change of an account: who, when, what. */
record HistoryEntryResponse(OffsetDateTime at, String actor, String action, Integer step, String detail) {

    static HistoryEntryResponse of(HistoryEntry e) {
        return new HistoryEntryResponse(e.at(), e.actor(), e.action(), e.step(), e.detail());
    }

}
