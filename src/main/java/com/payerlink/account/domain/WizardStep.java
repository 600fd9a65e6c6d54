package com.payerlink.account.domain;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;

/** The six steps of the connection wizard, as in the seed procedure. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum WizardStep {

    PARTITION("AWS partition"),
    ACCOUNT("Account"),
    BILLING_ACCESS("Billing access"),
    COST_REPORT("Cost and Usage Report"),
    CLOUDFORMATION("CloudFormation"),
    ROLE_ARN("Role ARN");

    public static final int COUNT = values().length;

    private final String title;

    /** 1 to 6. */
    public int number() {
        return ordinal() + 1;
    }

    public static WizardStep of(int number) {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("Wizard steps are numbered 1 to " + COUNT + ", not " + number);
        }
        return values()[number - 1];
    }

}
