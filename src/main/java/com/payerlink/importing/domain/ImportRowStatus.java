package com.payerlink.importing.domain;

import com.payerlink.core.Tone;

/** What an import would do with a row of the file. */
public enum ImportRowStatus {

    NEW("New", Tone.SUCCESS),
    UPDATE("Update", Tone.INFO),
    UNCHANGED("Unchanged", Tone.NEUTRAL),
    ERROR("Error", Tone.ERROR);

    private final String label;

    private final Tone tone;

    ImportRowStatus(String label, Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** How this reads at a glance in lists. */
    public Tone tone() {
        return tone;
    }

}
