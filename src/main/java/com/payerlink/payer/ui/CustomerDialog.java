package com.payerlink.payer.ui;

import com.payerlink.core.ui.FormDialog;
import com.payerlink.payer.domain.Customer;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import java.util.stream.Collectors;

/** The form for a new customer, or a customer's name and contacts. It fires a save event; the view saves. */
class CustomerDialog extends FormDialog<CustomerDialog.Form> {

    /** What was typed. */
    record Form(String name, String contacts) {
    }

    final TextField name = new TextField("Name");

    final TextField contacts = new TextField("Contacts");

    CustomerDialog(@Nullable Customer customer) {
        super(customer == null ? "New customer" : "Customer " + customer.name(), "min(36rem, 95vw)",
                customer == null ? "Add customer" : "Save");
        name.setRequired(true);
        name.setMaxLength(200);
        contacts.setHelperText("E-mail addresses, separated by commas");
        if (customer != null) {
            name.setValue(customer.name());
            contacts.setValue(customer.contacts().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        add(new FormLayout(name, contacts));
        field("name", name);
        field("contactEmails", contacts);
        name.focus();
    }

    @Override
    protected Form value() {
        return new Form(name.getValue(), contacts.getValue());
    }

}
