package com.payerlink.payer.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;

/**
 * What the accounts grid's "Organization" column flags since an operator last marked the changes seen (short: the
 * column is narrow).
 */
public enum MemberChange implements Status {

    /** A payer some of whose members joined or left. */
    @Shown(label = "Changed", tone = Tone.WARNING) MEMBERS_CHANGED,
    /** An account that joined one of the tenant's payers' organizations. */
    @Shown(label = "Joined", tone = Tone.INFO) JOINED,
    /** An account that left it. */
    @Shown(label = "Left", tone = Tone.WARNING) LEFT

}
