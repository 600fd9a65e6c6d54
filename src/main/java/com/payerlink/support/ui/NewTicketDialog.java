package com.payerlink.support.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.FormDialog;
import com.payerlink.support.domain.TicketForm;

/** A new ticket's subject, description and priority. It fires a save event; the view saves. */
class NewTicketDialog extends FormDialog<TicketForm> {

    private final TicketFields fields = new TicketFields();

    NewTicketDialog() {
        super("New support ticket", "min(40rem, 95vw)", "Open ticket");
        add(fields);
        // the description has several lines
        keepEnterForTyping();
        fields.subject.focus();
    }

    @Override
    protected TicketForm value() {
        return fields.value();
    }

    @Override
    public void reject(InvalidInputException e) {
        fields.reject(e);
    }

}
