package com.payerlink.support.domain;

import java.util.UUID;

/** An account a ticket is about, as it was when linked (support agents cannot read accounts themselves). */
public record TicketAccount(UUID accountId, String name, String awsAccountId, String partition) {
}
