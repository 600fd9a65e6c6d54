package com.payerlink.notification.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;

/** Where a queued e-mail is. */
public enum OutboxStatus implements Status {

    @Shown(label = "Queued", tone = Tone.NEUTRAL) QUEUED,
    @Shown(label = "Sent", tone = Tone.SUCCESS) SENT,
    @Shown(label = "Failed", tone = Tone.ERROR) FAILED;

}
