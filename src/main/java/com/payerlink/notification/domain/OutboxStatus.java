package com.payerlink.notification.domain;

/** Where a queued e-mail is. */
public enum OutboxStatus {

    QUEUED("Queued", "contrast"),
    SENT("Sent", "success"),
    FAILED("Failed", "error");

    private final String label;

    private final String badgeTheme;

    OutboxStatus(String label, String badgeTheme) {
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
