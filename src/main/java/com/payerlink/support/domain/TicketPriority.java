package com.payerlink.support.domain;

/** How urgent a ticket is. */
public enum TicketPriority {

    LOW("Low"),
    NORMAL("Normal"),
    HIGH("High"),
    URGENT("Urgent");

    private final String label;

    TicketPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
