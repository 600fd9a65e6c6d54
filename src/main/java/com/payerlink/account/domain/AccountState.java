package com.payerlink.account.domain;

/** Where an account is on its way to ready dashboards (PRODUCT.md, account states). */
public enum AccountState {

    DRAFT("Draft", "contrast"),
    IN_PROGRESS("In progress", ""),
    AWAITING_VERIFICATION("Awaiting verification", ""),
    VERIFYING("Verifying", ""),
    VERIFICATION_FAILED("Verification failed", "error"),
    AWAITING_SUPPORT("Awaiting support", "contrast"),
    PROCESSING("Processing", ""),
    READY("Ready", "success"),
    DISCONNECTED("Disconnected", "error");

    private final String label;

    private final String badgeTheme;

    AccountState(String label, String badgeTheme) {
        this.label = label;
        this.badgeTheme = badgeTheme;
    }

    public String label() {
        return label;
    }

    /** The Lumo badge variant that colours this state in lists. */
    public String badgeTheme() {
        return badgeTheme;
    }

    /** Still in the wizard: its steps may be edited. */
    public boolean isInWizard() {
        return this == DRAFT || this == IN_PROGRESS || this == VERIFICATION_FAILED;
    }

}
