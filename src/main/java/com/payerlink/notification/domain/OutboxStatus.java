package com.payerlink.notification.domain;

import com.payerlink.core.Tone;

/** Where a queued e-mail is. */
public enum OutboxStatus {

    QUEUED("Queued", Tone.NEUTRAL),
    SENT("Sent", Tone.SUCCESS),
    FAILED("Failed", Tone.ERROR);

    private final String label;

    private final Tone tone;

    OutboxStatus(String label, Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** How this reads at a glance in lists. */
    public Tone tone() {
        return tone;
    }

}
