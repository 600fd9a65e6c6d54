package com.payerlink.support.domain;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * What the tickets grid asks for (null = any).
 *
 * @param search   matched against the reference (e.g. NW-1042) and the subject
 * @param assignee only the tickets assigned to this user ("My tickets")
 */
public record TicketQuery(@Nullable TicketStatus status, @Nullable TicketPriority priority, @Nullable String search,
        @Nullable UUID assignee) {

    public TicketQuery(@Nullable TicketStatus status, @Nullable TicketPriority priority, @Nullable String search) {
        this(status, priority, search, null);
    }

    public static TicketQuery all() {
        return new TicketQuery(null, null, null);
    }

}
