package com.payerlink.support.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketPriority;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/** Subject, description and priority of a new or drafted ticket. */
class TicketFields extends FormLayout {

    final TextField subject = new TextField("Subject");

    final TextArea description = new TextArea("Description");

    final Select<TicketPriority> priority = new Select<>();

    TicketFields() {
        subject.setRequired(true);
        subject.setMaxLength(200);
        subject.setWidthFull();
        description.setWidthFull();
        description.setMinHeight("8em");
        description.setHelperText("What is wrong, what you tried, and which accounts it concerns");
        priority.setLabel("Priority");
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(TicketPriority::label);
        priority.setValue(TicketPriority.NORMAL);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(subject, priority, description);
    }

    TicketForm value() {
        return new TicketForm(subject.getValue(), description.getValue(), priority.getValue());
    }

    void fill(String s, String d, TicketPriority p) {
        subject.setValue(s);
        description.setValue(d);
        priority.setValue(p);
    }

    /** Shows a rejection on its field; what was typed stays. */
    void reject(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("subject", subject, "description", description);
        fields.values().forEach(f -> f.setInvalid(false));
        Notices.show(e, fields);
    }

}
