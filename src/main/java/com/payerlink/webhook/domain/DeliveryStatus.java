package com.payerlink.webhook.domain;

import com.payerlink.core.Status;
import com.payerlink.core.Shown;
import com.payerlink.core.Tone;

/** Where one event's delivery to one webhook is. */
public enum DeliveryStatus implements Status {

    @Shown(label = "Queued", tone = Tone.NEUTRAL) QUEUED,
    @Shown(label = "Delivered", tone = Tone.SUCCESS) DELIVERED,
    @Shown(label = "Failed", tone = Tone.ERROR) FAILED;

}
