package com.payerlink.support.domain;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;

/** How urgent a ticket is. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum TicketPriority {

    LOW("Low"),
    NORMAL("Normal"),
    HIGH("High"),
    URGENT("Urgent");

    private final String label;

}
