package com.payerlink.support.domain;

import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.CustomerAccount;

import java.util.UUID;

/** An account a ticket is about, as it was when linked (support agents cannot read accounts themselves). */
public record TicketAccount(UUID accountId, String name, String awsAccountId, String partition) {

    static TicketAccount of(CustomerAccount a) {
        return new TicketAccount(a.id(), a.name(), a.accountId().value(), a.partition().id());
    }

    static TicketAccount of(AccountSummary a) {
        return new TicketAccount(a.id(), a.name(), a.accountId().value(), a.partition().id());
    }

}
