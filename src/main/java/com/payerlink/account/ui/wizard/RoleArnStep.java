package com.payerlink.account.ui.wizard;

import com.payerlink.core.ui.Timestamps;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;


/** Step 6: the role ARN(s) from the stack's Outputs, and the org admin's registration. */
public class RoleArnStep extends StepPanel {

    public final TextArea roleArns = new TextArea("Role ARN(s)");

    public final Button register = new Button("Save and register");

    public final Paragraph status = new Paragraph();

    public RoleArnStep() {
        super(WizardStep.ROLE_ARN, "Once the stack is created, copy the role ARN from the CloudFormation stack's "
                + "Outputs tab and paste it here, one per line.");
        roleArns.setWidthFull();
        roleArns.setMinHeight("6em");
        roleArns.addClassName("monospace");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("wizard-register");
        status.addClassName("register-status");
        input("roleArns", roleArns);
        add(roleArns, status, register);
    }

    public String value() {
        return roleArns.getValue();
    }

    @Override
    public void fill(CustomerAccount account) {
        roleArns.setPlaceholder(account.partition().arnPrefix() + ":iam::" + account.accountId().value()
                + ":role/PayerlinkRole");
        roleArns.setValue(String.join("\n", account.roleArns().stream().map(RoleArn::value).toList()));
        if (account.isRegistered()) {
            status.setText("Registered by " + account.registeredBy() + " on " + Timestamps.dateTime(account.registeredAt())
                    + ". State: " + account.state().label() + ".");
        }
        else if (account.roleArns().isEmpty()) {
            status.setText("The stack reported nothing (yet): paste the role ARN from the stack's Outputs tab and save"
                    + " it; then an org admin registers the connection.");
        }
        else {
            status.setText("Role ARN saved. An org admin registers the connection.");
        }
    }

}
