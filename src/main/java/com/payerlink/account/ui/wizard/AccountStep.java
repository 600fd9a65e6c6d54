package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;


/** Step 2: which AWS account, its name, how it is read, and who hears about it. */
public class AccountStep extends StepPanel {

    public final TextField accountId = new TextField("AWS account ID");

    public final TextField name = new TextField("Name");

    public final RadioButtonGroup<ConnectionMethod> method = new RadioButtonGroup<>("Connection method");

    public final TextArea contactEmails = new TextArea("Contacts");

    public AccountStep() {
        super(WizardStep.ACCOUNT, "Log in to the AWS management account (or the single member account, for an MSP "
                + "end customer) and enter its 12-digit ID as AWS shows it, leading zeros included.");
        accountId.setRequired(true);
        // as typed or pasted from the AWS console: 4455-6677-8899, or with spaces
        accountId.setAllowedCharPattern("[0-9 \\-]");
        accountId.setMaxLength(20);
        accountId.setPlaceholder("012345678901");
        accountId.addClassName("monospace");
        name.setRequired(true);
        name.setMaxLength(200);
        method.setItems(ConnectionMethod.values());
        method.setItemLabelGenerator(m -> m.label() + " — " + m.description());
        method.setRequired(true);
        contactEmails.setHelperText("E-mail addresses that hear when the dashboards are ready; separate them with commas");
        FormLayout form = new FormLayout(accountId, name, method, contactEmails);
        form.setColspan(method, 2);
        form.setColspan(contactEmails, 2);
        input("accountId", accountId);
        input("name", name);
        input("method", method);
        input("contactEmails", contactEmails);
        add(form);
    }

    public AccountDetails value() {
        return new AccountDetails(accountId.getValue(), name.getValue(), method.getValue(), contactEmails.getValue());
    }

    @Override
    public void fill(CustomerAccount account) {
        accountId.setValue(account.accountId().value());
        name.setValue(account.name());
        method.setValue(account.method());
        contactEmails.setValue(String.join(", ", account.contactEmails()));
    }

}
