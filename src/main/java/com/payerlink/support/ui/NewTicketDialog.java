package com.payerlink.support.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.support.domain.TicketForm;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/** A new ticket's subject, description and priority. It fires {@link SaveEvent}; the view saves. */
class NewTicketDialog extends Dialog {

    private final TicketFields fields = new TicketFields();

    private final Button open = new Button("Open ticket");

    NewTicketDialog() {
        setHeaderTitle("New support ticket");
        setWidth("min(40rem, 95vw)");
        add(fields);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> fireEvent(new SaveEvent(this, fields.value())));
        getFooter().add(new Button("Cancel", e -> close()), open);
        fields.subject.focus();
    }

    void reject(InvalidInputException e) {
        fields.reject(e);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<NewTicketDialog> {

        private final TicketForm form;

        SaveEvent(NewTicketDialog source, TicketForm form) {
            super(source, false);
            this.form = form;
        }

        TicketForm form() {
            return form;
        }

    }

}
