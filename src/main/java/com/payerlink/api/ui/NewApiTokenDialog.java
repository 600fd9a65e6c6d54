package com.payerlink.api.ui;

import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** The form for a new API token. It fires {@link SaveEvent}; the view creates the token. */
class NewApiTokenDialog extends Dialog {

    private final TextField name = new TextField("Name");

    private final Select<Role> scope = new Select<>();

    private final DatePicker expiresOn = new DatePicker("Expires on");

    private final Button create = new Button("Create token");

    NewApiTokenDialog() {
        setHeaderTitle("New API token");
        setWidth("min(36rem, 95vw)");
        name.setRequired(true);
        name.setMaxLength(80);
        name.setHelperText("The script or system that uses it, e.g. \"onboarding pipeline\"");
        scope.setLabel("Scope");
        scope.setItems(Role.OPERATOR, Role.VIEWER);
        scope.setItemLabelGenerator(role -> role == Role.OPERATOR ? "Operator: reads and changes accounts"
                : "Viewer: only reads");
        scope.setValue(Role.VIEWER);
        expiresOn.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        expiresOn.setClearButtonVisible(true);
        expiresOn.setHelperText("The token stops working at 00:00 UTC that day; leave empty for no expiry");
        add(new FormLayout(name, scope, expiresOn));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> fireEvent(new SaveEvent(this,
                new NewApiToken(name.getValue(), scope.getValue(), expiresOn.getValue()))));
        getFooter().add(new Button("Cancel", e -> close()), create);
        name.focus();
    }

    /** Shows a rejection on the field it concerns; everything typed stays. */
    void reject(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("name", name, "role", scope, "expiresOn", expiresOn);
        fields.values().forEach(field -> field.setInvalid(false));
        Notices.show(e, fields);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<NewApiTokenDialog> {

        private final NewApiToken token;

        SaveEvent(NewApiTokenDialog source, NewApiToken token) {
            super(source, false);
            this.token = token;
        }

        NewApiToken token() {
            return token;
        }

    }

}
