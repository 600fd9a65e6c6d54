package com.payerlink.payer.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;

/** What changed about a member since an operator last looked: it joined, or it left the organization. */
public enum MemberFlag implements Status {

    @Shown(label = "Unchanged", tone = Tone.NEUTRAL) NONE,
    @Shown(label = "New", tone = Tone.INFO) NEW,
    @Shown(label = "Removed", tone = Tone.WARNING) REMOVED;

    /** The column's text: '' for none. */
    String stored() {
        return this == NONE ? "" : name();
    }

    static MemberFlag of(String stored) {
        return stored.isEmpty() ? NONE : valueOf(stored);
    }

}
