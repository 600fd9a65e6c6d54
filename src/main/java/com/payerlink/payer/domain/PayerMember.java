package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountId;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member account of a payer's organization, as Organizations last listed it.
 *
 * @param customerId   the customer it is grouped into, if any
 * @param customerName that customer's name, if any
 * @param removedAt    when a sync no longer found it (null: still a member)
 */
public record PayerMember(UUID payerId, AccountId accountId, String name, String email, String status,
        @Nullable UUID customerId, @Nullable String customerName, MemberFlag flag, OffsetDateTime firstSeenAt,
        @Nullable OffsetDateTime removedAt) {

    public boolean removed() {
        return removedAt != null;
    }

}
