package com.payerlink.account.ui;

import com.payerlink.account.domain.ConnectionLifecycleService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.ui.FormDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Asks why a registered connection is disconnected, and says what disconnecting does. */
class DisconnectDialog extends FormDialog<String> {

    final TextField reason = new TextField("Reason");

    DisconnectDialog(CustomerAccount account) {
        super("Disconnect " + account.name() + "?", "min(34rem, 95vw)", "Disconnect");
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.setId("disconnect-confirm");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(ConnectionLifecycleService.MAX_REASON);
        reason.setPlaceholder("e.g. Customer left, or stack deleted");
        reason.setHelperText("Kept in the account's history");
        add(new Paragraph("Payerlink stops checking this connection and reads nothing more through it; its history"
                + " stays. The customer's stack and role stay in their AWS account until they delete them."
                + " \"Reconnect\" starts again at the stack, with a new ExternalId."), reason);
        field("reason", reason);
        reason.focus();
    }

    @Override
    protected String value() {
        return reason.getValue();
    }

}
