package com.payerlink.account.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;

/** Where an account is on its way to ready dashboards (PRODUCT.md, account states). */
public enum AccountState implements Status {

    @Shown(label = "Draft", tone = Tone.NEUTRAL) DRAFT,
    @Shown(label = "In progress", tone = Tone.INFO) IN_PROGRESS,
    @Shown(label = "Awaiting verification", tone = Tone.INFO) AWAITING_VERIFICATION,
    @Shown(label = "Verifying", tone = Tone.INFO) VERIFYING,
    @Shown(label = "Verification failed", tone = Tone.ERROR) VERIFICATION_FAILED,
    @Shown(label = "Awaiting support", tone = Tone.NEUTRAL) AWAITING_SUPPORT,
    @Shown(label = "Processing", tone = Tone.INFO) PROCESSING,
    @Shown(label = "Ready", tone = Tone.SUCCESS) READY,
    @Shown(label = "Disconnected", tone = Tone.ERROR) DISCONNECTED;

    /** Still in the wizard: its steps may be edited. */
    public boolean isInWizard() {
        return this == DRAFT || this == IN_PROGRESS || this == VERIFICATION_FAILED;
    }

}
