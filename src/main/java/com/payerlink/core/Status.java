package com.payerlink.core;

/** A status enum whose constants each carry one {@link StatusLabel}, the one way a status is labelled and toned. */
public interface Status {

    StatusLabel statusLabel();

    default String label() {
        return statusLabel().label();
    }

    /** How this reads at a glance in lists. */
    default Tone tone() {
        return statusLabel().tone();
    }

}
