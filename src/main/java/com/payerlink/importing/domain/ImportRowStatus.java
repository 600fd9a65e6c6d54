package com.payerlink.importing.domain;

/** What an import would do with a row of the file. */
public enum ImportRowStatus {

    NEW("New", "success"),
    UPDATE("Update", ""),
    UNCHANGED("Unchanged", "contrast"),
    ERROR("Error", "error");

    private final String label;

    private final String badgeTheme;

    ImportRowStatus(String label, String badgeTheme) {
        this.label = label;
        this.badgeTheme = badgeTheme;
    }

    public String label() {
        return label;
    }

    /** The Lumo badge variant that colours this status. */
    public String badgeTheme() {
        return badgeTheme;
    }

}
