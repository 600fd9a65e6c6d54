package com.payerlink.invitation.domain;

import com.payerlink.core.Tone;

/** Where an account's current invitation is, as the accounts grid shows it. */
public enum InvitationStatus {

    PENDING("Invitation pending", Tone.NEUTRAL),
    OPENED("Invitation opened", Tone.INFO),
    COMPLETED("Customer done", Tone.SUCCESS),
    EXPIRED("Invitation expired", Tone.ERROR),
    REVOKED("Invitation revoked", Tone.ERROR);

    private final String label;

    private final Tone tone;

    InvitationStatus(String label, Tone tone) {
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
