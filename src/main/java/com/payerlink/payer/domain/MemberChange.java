package com.payerlink.payer.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;

/** What the accounts grid flags about organizations since an operator last marked the changes seen. */
public enum MemberChange implements Status {

    /** A payer some of whose members joined or left. */
    @Shown(label = "Members changed", tone = Tone.WARNING) MEMBERS_CHANGED,
    /** An account that joined one of the tenant's payers' organizations. */
    @Shown(label = "New member", tone = Tone.INFO) JOINED,
    /** An account that left it. */
    @Shown(label = "Left its organization", tone = Tone.WARNING) LEFT

}
