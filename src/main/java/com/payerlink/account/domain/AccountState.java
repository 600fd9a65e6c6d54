package com.payerlink.account.domain;

import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;

/** Where an account is on its way to ready dashboards (PRODUCT.md, account states). */
public enum AccountState implements Status {

    DRAFT("Draft", Tone.NEUTRAL),
    IN_PROGRESS("In progress", Tone.INFO),
    AWAITING_VERIFICATION("Awaiting verification", Tone.INFO),
    VERIFYING("Verifying", Tone.INFO),
    VERIFICATION_FAILED("Verification failed", Tone.ERROR),
    AWAITING_SUPPORT("Awaiting support", Tone.NEUTRAL),
    PROCESSING("Processing", Tone.INFO),
    READY("Ready", Tone.SUCCESS),
    DISCONNECTED("Disconnected", Tone.ERROR);

    private final StatusLabel statusLabel;

    AccountState(String label, Tone tone) {
        this.statusLabel = new StatusLabel(label, tone);
    }

    @Override
    public StatusLabel statusLabel() {
        return statusLabel;
    }

    /** Still in the wizard: its steps may be edited. */
    public boolean isInWizard() {
        return this == DRAFT || this == IN_PROGRESS || this == VERIFICATION_FAILED;
    }

}
