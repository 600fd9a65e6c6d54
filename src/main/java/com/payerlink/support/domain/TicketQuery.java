package com.payerlink.support.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the tickets grid asks for (null = any).
 *
 * @param search matched against the reference (e.g. NW-1042) and the subject
 */
public record TicketQuery(@Nullable TicketStatus status, @Nullable TicketPriority priority, @Nullable String search) {

    public static TicketQuery all() {
        return new TicketQuery(null, null, null);
    }

}
