package com.payerlink.invitation.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;

/** Where an account's current invitation is, as the accounts grid shows it. */
public enum InvitationStatus implements Status {

    @Shown(label = "Invitation pending", tone = Tone.NEUTRAL) PENDING,
    @Shown(label = "Invitation opened", tone = Tone.INFO) OPENED,
    @Shown(label = "Customer done", tone = Tone.SUCCESS) COMPLETED,
    @Shown(label = "Invitation expired", tone = Tone.ERROR) EXPIRED,
    @Shown(label = "Invitation revoked", tone = Tone.ERROR) REVOKED;

}
