package com.payerlink.account.domain;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;

/** Why an account cannot be registered now, for the bulk registration's dialog and API answer: the first that applies. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum RegistrationBlocker {

    REGISTERED("Registered already", null),
    DISCONNECTED("Disconnected", null),
    NOT_STARTED("Wizard not started", 1),
    BILLING_ACCESS("Billing access not confirmed", 3),
    REPORT_SETTINGS("Cost report settings not confirmed", 4),
    NO_ROLE_ARN("No role ARN", 6),
    WRONG_ROLE_ARN("A role ARN is not of the account", 6);

    private final String label;

    /** The wizard step that fixes it, or null when no step does. */
    private final Integer step;

    /** "No role ARN (step 6)". */
    public String label() {
        return step == null ? label : label + " (step " + step + ")";
    }

}
