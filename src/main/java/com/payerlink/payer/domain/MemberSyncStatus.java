package com.payerlink.payer.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A payer's member syncs.
 *
 * @param firstSyncedAt when a sync first read the organization (null: none did yet)
 * @param syncedAt      when a sync last read it (null: none did yet)
 * @param triedAt       when a sync last tried
 * @param problem       why the last try failed, in the operator's words ('' when it did not)
 */
public record MemberSyncStatus(@Nullable OffsetDateTime firstSyncedAt, @Nullable OffsetDateTime syncedAt,
        OffsetDateTime triedAt, int memberCount, String problem) {

    /** Members found now are the organization as it was, not news: nothing was read before. */
    public boolean neverRead() {
        return syncedAt == null;
    }

}
