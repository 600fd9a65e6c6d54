package com.payerlink.importing.domain;

import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;

/** What an import would do with a row of the file. */
public enum ImportRowStatus implements Status {

    NEW("New", Tone.SUCCESS),
    UPDATE("Update", Tone.INFO),
    UNCHANGED("Unchanged", Tone.NEUTRAL),
    ERROR("Error", Tone.ERROR);

    private final StatusLabel statusLabel;

    ImportRowStatus(String label, Tone tone) {
        this.statusLabel = new StatusLabel(label, tone);
    }

    @Override
    public StatusLabel statusLabel() {
        return statusLabel;
    }

}
