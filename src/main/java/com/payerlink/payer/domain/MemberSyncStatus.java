package com.payerlink.payer.domain;

import java.time.OffsetDateTime;

/**
 * The last sync of a payer's members.
 *
 * @param problem why the last sync failed, in the operator's words ('' when it did not)
 */
public record MemberSyncStatus(OffsetDateTime firstSyncedAt, OffsetDateTime syncedAt, int memberCount, String problem) {
}
