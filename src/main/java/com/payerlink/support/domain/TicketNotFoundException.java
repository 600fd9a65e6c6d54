package com.payerlink.support.domain;

/** No such ticket for the caller; said the same way whether it exists elsewhere or not at all. */
public class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException() {
        super("Ticket not found. It may have been discarded, or the link is wrong.");
    }

}
