package com.payerlink.support.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;
import com.payerlink.core.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * A ticket's way: DRAFT (the tenant's, not yet submitted) → OPEN → IN_PROGRESS → WAITING_ON_CUSTOMER
 * → RESOLVED → CLOSED. Support agents move it along; the tenant submits, reopens or closes it.
 */
public enum TicketStatus implements Status {

    @Shown(label = "Draft", tone = Tone.NEUTRAL) DRAFT,
    @Shown(label = "Open", tone = Tone.INFO) OPEN,
    @Shown(label = "In progress", tone = Tone.INFO) IN_PROGRESS,
    @Shown(label = "Waiting on customer", tone = Tone.NEUTRAL) WAITING_ON_CUSTOMER,
    @Shown(label = "Resolved", tone = Tone.SUCCESS) RESOLVED,
    @Shown(label = "Closed", tone = Tone.NEUTRAL) CLOSED;

    /** The statuses a user of the role may move a ticket to from this one. */
    public Set<TicketStatus> next(Role role) {
        if (role == Role.SUPPORT_AGENT) {
            return switch (this) {
                case OPEN -> EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED);
                case IN_PROGRESS -> EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED);
                case WAITING_ON_CUSTOMER -> EnumSet.of(IN_PROGRESS, RESOLVED);
                case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
                case DRAFT, CLOSED -> EnumSet.noneOf(TicketStatus.class);
            };
        }
        if (role == Role.ORG_ADMIN || role == Role.OPERATOR) {
            return switch (this) {
                case DRAFT -> EnumSet.of(OPEN);
                case OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER -> EnumSet.of(CLOSED);
                case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
                case CLOSED -> EnumSet.noneOf(TicketStatus.class);
            };
        }
        return EnumSet.noneOf(TicketStatus.class);
    }

    /** The button that moves a ticket here. */
    public String action(TicketStatus from) {
        return switch (this) {
            case OPEN -> "Submit";
            case IN_PROGRESS -> from == RESOLVED ? "Reopen" : from == OPEN ? "Start work" : "Back to in progress";
            case WAITING_ON_CUSTOMER -> "Wait on customer";
            case RESOLVED -> "Resolve";
            case CLOSED -> "Close";
            case DRAFT -> "Draft";
        };
    }

    public boolean isOpen() {
        return this != DRAFT && this != RESOLVED && this != CLOSED;
    }

}
