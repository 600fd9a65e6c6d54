package com.payerlink.support.domain;

/**
 * What the tickets grid asks for (null = any).
 *
 * @param search matched against the reference (e.g. NW-1042) and the subject
 */
public record TicketQuery(TicketStatus status, TicketPriority priority, String search) {

    public static TicketQuery all() {
        return new TicketQuery(null, null, null);
    }

}
