package com.payerlink.verification.ui;

import com.payerlink.core.Tone;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.verification.aws.LinkedAccount;
import com.payerlink.verification.domain.LinkedAccountChoice;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

import java.util.List;

/**
 * The accounts of a management account's organization: those the tenant has are marked and cannot be
 * chosen; the chosen ones are added in one action (fires {@link AddEvent}; the caller saves).
 */
class LinkedAccountsDialog extends Dialog {

    private final Grid<LinkedAccountChoice> grid = new Grid<>();

    private final Select<ConnectionMethod> method = new Select<>();

    private final Button add = new Button("Add selected");

    private final Paragraph error = new Paragraph();

    LinkedAccountsDialog(CustomerAccount management, List<LinkedAccountChoice> choices) {
        setHeaderTitle("Accounts of " + management.name() + "'s organization");
        setWidth("56rem");
        grid.addColumn(c -> c.account().name()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(c -> c.account().accountId()).setHeader("Account ID").setAutoWidth(true);
        grid.addColumn(c -> c.account().email()).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(c -> c.account().status()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(c -> c.alreadyAdded() ? badge("Added already") : new Span()).setHeader("").setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItemSelectableProvider(c -> !c.alreadyAdded());
        grid.setItems(choices);
        grid.addSelectionListener(e -> add.setText("Add " + e.getAllSelectedItems().size() + " selected"));
        grid.setHeight("24rem");

        method.setLabel("Add them as");
        method.setItems(ConnectionMethod.values());
        method.setItemLabelGenerator(ConnectionMethod::label);
        method.setValue(ConnectionMethod.MSP_SINGLE);

        error.addClassName("error-text");
        error.setVisible(false);
        long added = choices.stream().filter(LinkedAccountChoice::alreadyAdded).count();
        add(new Paragraph(choices.size() + " accounts; " + added + " of them are among your accounts already."),
                grid, method, error);

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> fireEvent(new AddEvent(this, grid.getSelectedItems().stream()
            .map(LinkedAccountChoice::account).toList(), method.getValue())));
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, add);
    }

    private static StatusBadge badge(String text) {
        return new StatusBadge(text, Tone.NEUTRAL);
    }

    /** Shows why adding failed; the selection stays. */
    void reject(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    Registration addAddListener(com.vaadin.flow.component.ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    /** The operator wants these accounts added with this connection method. */
    static class AddEvent extends ComponentEvent<LinkedAccountsDialog> {

        private final List<LinkedAccount> accounts;

        private final ConnectionMethod method;

        AddEvent(LinkedAccountsDialog source, List<LinkedAccount> accounts, ConnectionMethod method) {
            super(source, false);
            this.accounts = accounts;
            this.method = method;
        }

        List<LinkedAccount> accounts() {
            return accounts;
        }

        ConnectionMethod method() {
            return method;
        }

    }

}
