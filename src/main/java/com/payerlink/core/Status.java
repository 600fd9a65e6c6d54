package com.payerlink.core;

/**
 * A status enum whose constants each carry one {@link StatusLabel}, the one way a status is labelled and toned:
 * every constant is annotated {@link Shown}, and this interface gives the enum its label and tone from there.
 */
public interface Status {

    default StatusLabel statusLabel() {
        return StatusLabels.of((Enum<?>) this);
    }

    default String label() {
        return statusLabel().label();
    }

    /** How this reads at a glance in lists. */
    default Tone tone() {
        return statusLabel().tone();
    }

}
