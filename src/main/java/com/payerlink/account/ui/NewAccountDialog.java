package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.Partition;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;

import java.util.Map;

/**
 * The first two wizard steps for a new customer account: partition, account ID, name, connection
 * method and contacts. It fires {@link SaveEvent}; the view saves.
 */
class NewAccountDialog extends Dialog {

    final RadioButtonGroup<Partition> partition = new RadioButtonGroup<>("Partition");

    final TextField accountId = new TextField("AWS account ID");

    final TextField name = new TextField("Name");

    final RadioButtonGroup<ConnectionMethod> method = new RadioButtonGroup<>("Connection method");

    final TextField contactEmails = new TextField("Contact e-mails");

    final Button add = new Button("Add and start wizard");

    NewAccountDialog() {
        setHeaderTitle("New customer account");
        setWidth("min(40rem, 95vw)");

        partition.setItems(Partition.values());
        partition.setItemLabelGenerator(Partition::label);
        partition.setValue(Partition.AWS);
        partition.setRequired(true);

        accountId.setRequired(true);
        accountId.setAllowedCharPattern("[0-9]");
        accountId.setMaxLength(12);
        accountId.setPlaceholder("012345678901");
        accountId.setHelperText("The 12-digit ID, leading zeros included");

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

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> fireEvent(new SaveEvent(this, partition.getValue(),
                new AccountDetails(accountId.getValue(), name.getValue(), method.getValue(), contactEmails.getValue()))));
        getFooter().add(new Button("Cancel", e -> close()), add);
        accountId.focus();
    }

    private static Div methodChoice(ConnectionMethod m) {
        Span description = new Span(m.description());
        description.getStyle().set("display", "block")
            .set("color", "var(--lumo-secondary-text-color)")
            .set("font-size", "var(--lumo-font-size-s)");
        return new Div(new Span(m.label()), description);
    }

    /** Shows a rejection on the field it concerns; everything typed stays. */
    void reject(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("partition", partition, "accountId", accountId, "name", name,
                "method", method, "contactEmails", contactEmails);
        fields.values().forEach(field -> field.setInvalid(false));
        Notices.show(e, fields);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<NewAccountDialog> {

        private final Partition partition;

        private final AccountDetails details;

        SaveEvent(NewAccountDialog source, Partition partition, AccountDetails details) {
            super(source, false);
            this.partition = partition;
            this.details = details;
        }

        Partition partition() {
            return partition;
        }

        AccountDetails details() {
            return details;
        }

    }

}
