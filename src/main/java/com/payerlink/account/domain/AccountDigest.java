package com.payerlink.account.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an org admin's daily digest lists of the tenant's accounts.
 *
 * @param newFailures accounts whose verification failed since the last digest
 * @param stuck       accounts processing past the 72-hour window, or waiting for support longer than it
 * @param degraded    accounts whose health is degraded
 */
public record AccountDigest(Section newFailures, Section stuck, Section degraded) {

    public boolean isEmpty() {
        return newFailures.total() == 0 && stuck.total() == 0 && degraded.total() == 0;
    }

    /**
     * A part of the digest: its first accounts by time, and how many there are in all.
     */
    public record Section(List<Line> lines, int total) {
    }

    /**
     * One account of the digest.
     *
     * @param detail the codes, or why it is stuck
     * @param since  since when it is so
     */
    public record Line(String accountName, AccountId awsAccountId, AccountState state, String detail,
            OffsetDateTime since) {
    }

}
