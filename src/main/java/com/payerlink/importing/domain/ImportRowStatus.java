package com.payerlink.importing.domain;

import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.Tone;

/** What an import would do with a row of the file. */
public enum ImportRowStatus implements Status {

    @Shown(label = "New", tone = Tone.SUCCESS) NEW,
    @Shown(label = "Update", tone = Tone.INFO) UPDATE,
    @Shown(label = "Unchanged", tone = Tone.NEUTRAL) UNCHANGED,
    @Shown(label = "Error", tone = Tone.ERROR) ERROR;

}
