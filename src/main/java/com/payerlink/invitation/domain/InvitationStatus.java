package com.payerlink.invitation.domain;

import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;

/** Where an account's current invitation is, as the accounts grid shows it. */
public enum InvitationStatus implements Status {

    PENDING("Invitation pending", Tone.NEUTRAL),
    OPENED("Invitation opened", Tone.INFO),
    COMPLETED("Customer done", Tone.SUCCESS),
    EXPIRED("Invitation expired", Tone.ERROR),
    REVOKED("Invitation revoked", Tone.ERROR);

    private final StatusLabel statusLabel;

    InvitationStatus(String label, Tone tone) {
        this.statusLabel = new StatusLabel(label, tone);
    }

    @Override
    public StatusLabel statusLabel() {
        return statusLabel;
    }

}
