package com.payerlink.tenant.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.Notices;
import com.payerlink.tenant.domain.NewUser;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import java.util.Map;

/** The form for a new user of the tenant. It fires {@link SaveEvent}; the view saves. */
class NewUserDialog extends Dialog {

    private final TextField displayName = new TextField("Name");

    private final EmailField email = new EmailField("E-mail");

    private final Select<Role> role = new Select<>();

    private final PasswordField password = new PasswordField("Initial password");

    private final Button add = new Button("Add user");

    NewUserDialog(Role[] roles) {
        setHeaderTitle("Add user");
        setWidth("min(36rem, 95vw)");
        displayName.setRequired(true);
        email.setRequired(true);
        role.setLabel("Role");
        role.setItems(roles);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.OPERATOR);
        role.setHelperText("Operators do the wizard work; viewers only read; org admins also manage users");
        password.setRequired(true);
        password.setHelperText("At least " + NewUser.MIN_PASSWORD_LENGTH + " characters; share it with the person safely");
        add(new FormLayout(displayName, email, role, password));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> fireEvent(new SaveEvent(this,
                new NewUser(displayName.getValue(), email.getValue(), role.getValue(), password.getValue()))));
        getFooter().add(new Button("Cancel", e -> close()), add);
        displayName.focus();
    }

    /** Shows a rejection on the field it concerns; everything typed stays. */
    void reject(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "email", email, "role", role,
                "password", password);
        fields.values().forEach(field -> field.setInvalid(false));
        Notices.show(e, fields);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<NewUserDialog> {

        private final NewUser user;

        SaveEvent(NewUserDialog source, NewUser user) {
            super(source, false);
            this.user = user;
        }

        NewUser user() {
            return user;
        }

    }

}
