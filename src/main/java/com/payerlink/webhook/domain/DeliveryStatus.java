package com.payerlink.webhook.domain;

import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;

/** Where one event's delivery to one webhook is. */
public enum DeliveryStatus implements Status {

    QUEUED("Queued", Tone.NEUTRAL),
    DELIVERED("Delivered", Tone.SUCCESS),
    FAILED("Failed", Tone.ERROR);

    private final StatusLabel statusLabel;

    DeliveryStatus(String label, Tone tone) {
        this.statusLabel = new StatusLabel(label, tone);
    }

    @Override
    public StatusLabel statusLabel() {
        return statusLabel;
    }

}
