package com.payerlink.account.domain;

import com.payerlink.core.Status;
import com.payerlink.core.Shown;
import com.payerlink.core.Tone;

/**
 * How a READY or PROCESSING account fares when checked again after verification: HEALTHY, or DEGRADED with the codes
 * of the failed checks. No lifecycle state: a degraded account keeps its state. Stored by name in
 * {@code customer_account.health}.
 */
public enum AccountHealth implements Status {

    @Shown(label = "Healthy", tone = Tone.SUCCESS) HEALTHY,
    @Shown(label = "Degraded", tone = Tone.ERROR) DEGRADED;

}
