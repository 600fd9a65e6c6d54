package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.ui.FormDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * The first two wizard steps for a new customer account: partition, account ID, name, connection
 * method and contacts. It fires a save event; the view saves.
 */
class NewAccountDialog extends FormDialog<NewAccountDialog.NewAccount> {

    /** What the dialog asks for: the partition and the account's details. */
    record NewAccount(Partition partition, AccountDetails details) {
    }

    final RadioButtonGroup<Partition> partition = new RadioButtonGroup<>("Partition");

    final TextField accountId = new TextField("AWS account ID");

    final TextField name = new TextField("Name");

    final RadioButtonGroup<ConnectionMethod> method = new RadioButtonGroup<>("Connection method");

    final TextField contactEmails = new TextField("Contact e-mails");

    NewAccountDialog() {
        super("New customer account", "min(40rem, 95vw)", "Add and start wizard");

        partition.setItems(Partition.values());
        partition.setItemLabelGenerator(Partition::label);
        partition.setValue(Partition.AWS);
        partition.setRequired(true);

        accountId.setRequired(true);
        // as typed or pasted from the AWS console: 4455-6677-8899, or with spaces
        accountId.setAllowedCharPattern("[0-9 \\-]");
        accountId.setMaxLength(20);
        accountId.setPlaceholder("012345678901");
        accountId.setHelperText("The 12-digit ID, leading zeros included; pasted as the AWS console shows it"
                + " (0123-4567-8901) is fine");

        name.setRequired(true);
        name.setMaxLength(200);
        name.setHelperText("How you know this customer, e.g. the company name");

        method.setItems(ConnectionMethod.values());
        method.setRenderer(new ComponentRenderer<>(NewAccountDialog::methodChoice));
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.setRequired(true);

        contactEmails.setHelperText("Told when the dashboards are ready; separate several with commas");

        FormLayout form = new FormLayout(partition, accountId, name, method, contactEmails);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        field("partition", partition);
        field("accountId", accountId);
        field("name", name);
        field("method", method);
        field("contactEmails", contactEmails);
        accountId.focus();
    }

    @Override
    protected NewAccount value() {
        return new NewAccount(partition.getValue(),
                new AccountDetails(accountId.getValue(), name.getValue(), method.getValue(), contactEmails.getValue()));
    }

    private static Div methodChoice(ConnectionMethod m) {
        Span description = new Span(m.description());
        description.getStyle().set("display", "block")
            .set("color", "var(--lumo-secondary-text-color)")
            .set("font-size", "var(--lumo-font-size-s)");
        return new Div(new Span(m.label()), description);
    }

}
