package com.payerlink.notification.domain;

import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;

/** Where a queued e-mail is. */
public enum OutboxStatus implements Status {

    QUEUED("Queued", Tone.NEUTRAL),
    SENT("Sent", Tone.SUCCESS),
    FAILED("Failed", Tone.ERROR);

    private final StatusLabel statusLabel;

    OutboxStatus(String label, Tone tone) {
        this.statusLabel = new StatusLabel(label, tone);
    }

    @Override
    public StatusLabel statusLabel() {
        return statusLabel;
    }

}
