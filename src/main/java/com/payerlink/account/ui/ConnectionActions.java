package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionLifecycleService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.function.Consumer;

/**
 * A registered connection's lifecycle on its page: "Disconnect" (org admins, with a reason) and, once disconnected,
 * "Reconnect" (org admins and operators), the way back into the wizard.
 */
class ConnectionActions extends HorizontalLayout {

    final Button disconnect = new Button("Disconnect…", VaadinIcon.UNLINK.create());

    final Button reconnect = new Button("Reconnect", VaadinIcon.LINK.create());

    private final transient ConnectionLifecycleService lifecycle;

    private final transient Consumer<CustomerAccount> changed;

    private transient CustomerAccount account;

    ConnectionActions(CustomerAccount account, Role role, ConnectionLifecycleService lifecycle,
            Consumer<CustomerAccount> changed) {
        this.account = account;
        this.lifecycle = lifecycle;
        this.changed = changed;
        addClassName("connection-actions");
        disconnect.setId("disconnect");
        disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        disconnect.addClickListener(e -> openDisconnect());
        reconnect.setId("reconnect");
        reconnect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reconnect.addClickListener(e -> reconnect());
        boolean disconnected = account.state() == AccountState.DISCONNECTED;
        disconnect.setVisible(role == Role.ORG_ADMIN && account.isRegistered() && !disconnected);
        reconnect.setVisible((role == Role.ORG_ADMIN || role == Role.OPERATOR) && disconnected);
        add(reconnect, disconnect);
        setVisible(disconnect.isVisible() || reconnect.isVisible());
    }

    DisconnectDialog openDisconnect() {
        DisconnectDialog dialog = new DisconnectDialog(account);
        dialog.openSaving(reason -> {
            try {
                return lifecycle.disconnect(account.id(), account.version(), reason);
            }
            catch (ConcurrentChangeException e) {
                throw new InvalidInputException(null, e.getMessage());
            }
        }, done -> {
            Notices.success(done.name() + " is disconnected. Nothing checks it any more; \"Reconnect\" starts again.");
            changed.accept(done);
        });
        return dialog;
    }

    private void reconnect() {
        try {
            CustomerAccount done = lifecycle.reconnect(account.id(), account.version());
            Notices.success("Reconnecting " + done.name() + ": create or update its stack with the new ExternalId (step"
                    + " 5), then save the role ARN (step 6).");
            changed.accept(done);
        }
        catch (InvalidInputException | ConcurrentChangeException e) {
            Notices.error(e.getMessage());
        }
    }

}
