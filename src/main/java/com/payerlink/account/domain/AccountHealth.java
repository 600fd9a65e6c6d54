package com.payerlink.account.domain;

import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;

/**
 * How a READY or PROCESSING account fares when checked again after verification: HEALTHY, or DEGRADED with the codes
 * of the failed checks. No lifecycle state: a degraded account keeps its state. Stored by name in
 * {@code customer_account.health}.
 */
public enum AccountHealth implements Status {

    HEALTHY("Healthy", Tone.SUCCESS),
    DEGRADED("Degraded", Tone.ERROR);

    private final StatusLabel statusLabel;

    AccountHealth(String label, Tone tone) {
        this.statusLabel = new StatusLabel(label, tone);
    }

    @Override
    public StatusLabel statusLabel() {
        return statusLabel;
    }

}
