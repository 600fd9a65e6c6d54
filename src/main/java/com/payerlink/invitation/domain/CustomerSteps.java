package com.payerlink.invitation.domain;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.WizardStep;
import org.jspecify.annotations.Nullable;

import java.net.URI;

/**
 * What the end customer's page shows: the one account, its template and quick-create link (both null, and
 * {@code templateUnavailable} saying why, while the platform's trust settings are not set).
 *
 * @param mspContact the e-mail address of the MSP's person who sent the invitation, for the customer's questions;
 *                   null when the platform sent it
 */
public record CustomerSteps(String mspName, CustomerAccount account, String template, URI quickCreateLink,
        boolean completed, String templateUnavailable, @Nullable String mspContact) {

    /** The customer's own steps, 1 to 4: billing access, report, stack, role ARN (the wizard's steps 3 to 6). */
    public static final int CUSTOMER_STEPS = 4;

    /** The wizard step that is the customer's step {@code n}. */
    public static WizardStep wizardStep(int n) {
        return WizardStep.of(n + WizardStep.BILLING_ACCESS.number() - 1);
    }

    /** Whether the customer's step {@code n} (1 to 4) is done. */
    public boolean done(int n) {
        return n == CUSTOMER_STEPS ? !account.roleArns().isEmpty() : account.wizardStep() > wizardStep(n).number();
    }

    /** The first customer step not done yet, or {@link #CUSTOMER_STEPS} + 1 when all are. */
    public int currentStep() {
        int n = 1;
        while (n <= CUSTOMER_STEPS && done(n)) {
            n++;
        }
        return n;
    }

}
