package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;


/** Step 3: IAM user and role access to the Billing and Cost Management console must be activated. */
public class BillingAccessStep extends StepPanel {

    static final String AWS_GUIDE = "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html#ControllingAccessWebsite-Activate";

    public final Checkbox confirmed = new Checkbox("IAM user and role access to Billing is activated in this account");

    private final Span error = new Span();

    public BillingAccessStep() {
        super(WizardStep.BILLING_ACCESS, "As the account's root user, open Account settings in the AWS console and "
                + "activate IAM user and role access to the Billing and Cost Management console.");
        Anchor guide = new Anchor(AWS_GUIDE, "How to activate it (AWS documentation)");
        guide.setTarget("_blank");
        error.addClassName("field-error");
        error.setVisible(false);
        input("billingAccessConfirmed", confirmed, error);
        add(guide, confirmed, error);
    }

    public boolean value() {
        return confirmed.getValue();
    }

    @Override
    public void fill(CustomerAccount account) {
        confirmed.setValue(account.billingAccessConfirmed());
    }

}
