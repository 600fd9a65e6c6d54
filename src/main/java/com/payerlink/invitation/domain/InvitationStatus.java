package com.payerlink.invitation.domain;

/** Where an account's current invitation is, as the accounts grid shows it. */
public enum InvitationStatus {

    PENDING("Invitation pending", "contrast"),
    OPENED("Invitation opened", ""),
    COMPLETED("Customer done", "success"),
    EXPIRED("Invitation expired", "error"),
    REVOKED("Invitation revoked", "error");

    private final String label;

    private final String badgeTheme;

    InvitationStatus(String label, String badgeTheme) {
        this.label = label;
        this.badgeTheme = badgeTheme;
    }

    public String label() {
        return label;
    }

    public String badgeTheme() {
        return badgeTheme;
    }

}
