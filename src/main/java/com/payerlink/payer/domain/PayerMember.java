package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountSummary;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member account of a payer's organization, as Organizations last listed it.
 *
 * @param customerId   the customer it is grouped into, if any
 * @param customerName that customer's name, if any
 * @param removedAt    when a sync no longer found it (null: still a member)
 * @param connection   the tenant's account of this AWS account, if it has one (however it was found: by the
 *                     organization's StackSet, from its list, or added on its own)
 */
public record PayerMember(UUID payerId, AccountId accountId, String name, String email, String status,
        @Nullable UUID customerId, @Nullable String customerName, MemberFlag flag, OffsetDateTime firstSeenAt,
        @Nullable OffsetDateTime removedAt, @Nullable AccountSummary connection) {

    /** The same member with the tenant's account of it. */
    PayerMember connectedAs(@Nullable AccountSummary account) {
        return new PayerMember(payerId, accountId, name, email, status, customerId, customerName, flag, firstSeenAt,
                removedAt, account);
    }

    public boolean removed() {
        return removedAt != null;
    }

}
