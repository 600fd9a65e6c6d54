package com.payerlink.api.ui;

import com.payerlink.api.domain.CreatedApiToken;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new token's secret, the one time it exists outside the script that will use it. Closing the
 * dialog forgets it.
 */
class ApiTokenSecretDialog extends Dialog {

    private final TextField secret = new TextField("Token");

    private final Button copy = new Button("Copy", VaadinIcon.COPY.create());

    private final Button done = new Button("I have stored it");

    ApiTokenSecretDialog(CreatedApiToken created) {
        setHeaderTitle("Copy the token \"" + created.token().name() + "\" now");
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("api-token-secret");
        copy.addClickListener(e -> {
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", created.secret());
            Notices.success("Copied the token to the clipboard.");
        });
        add(new Paragraph("This is the only time the token is shown: Payerlink keeps only a fingerprint (a SHA-256"
                + " hash) of it. Store it in your script's secret store now. Lost it? Revoke it and create a new one."),
                secret);
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> close());
        getFooter().add(copy, done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                secret.clear();
            }
        });
    }

}
