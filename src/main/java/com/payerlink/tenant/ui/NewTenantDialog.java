package com.payerlink.tenant.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.core.security.Role;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import java.util.Map;

/** The form for a new MSP and its first org admin. It fires {@link SaveEvent}; the view saves. */
class NewTenantDialog extends Dialog {

    private final TextField name = new TextField("MSP name");

    private final TextField code = new TextField("Ticket code");

    private final TextField adminName = new TextField("Org admin's name");

    private final EmailField adminEmail = new EmailField("Org admin's e-mail");

    private final PasswordField adminPassword = new PasswordField("Initial password");

    private final Button create = new Button("Create tenant");

    private boolean codeEdited;

    NewTenantDialog() {
        setHeaderTitle("New tenant");
        setWidth("min(40rem, 95vw)");
        name.setRequired(true);
        name.setMaxLength(120);
        name.addValueChangeListener(e -> {
            if (!codeEdited) {
                code.setValue(NewTenant.suggestCode(e.getValue()));
            }
        });
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        code.setRequired(true);
        code.setMaxLength(6);
        code.setHelperText("2–6 letters; prefixes ticket numbers, e.g. NW-1042");
        code.addValueChangeListener(e -> codeEdited = e.isFromClient());
        adminName.setRequired(true);
        adminEmail.setRequired(true);
        adminPassword.setRequired(true);
        adminPassword.setHelperText("At least " + NewUser.MIN_PASSWORD_LENGTH + " characters; share it with the org admin safely");
        FormLayout form = new FormLayout(name, code, new H4("First org admin"), adminName, adminEmail, adminPassword);
        form.setColspan(form.getChildren().filter(c -> c instanceof H4).findFirst().orElseThrow(), 2);
        add(form);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> fireEvent(new SaveEvent(this, new NewTenant(name.getValue(), code.getValue(),
                new NewUser(adminName.getValue(), adminEmail.getValue(), Role.ORG_ADMIN, adminPassword.getValue())))));
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, create);
        name.focus();
    }

    /** Shows a rejection on the field it concerns; everything typed stays. */
    void reject(InvalidInputException e) {
        Map<String, HasValidation> fields = Map.of("name", name, "code", code, "displayName", adminName, "email",
                adminEmail, "password", adminPassword);
        fields.values().forEach(field -> field.setInvalid(false));
        Notices.show(e, fields);
    }

    Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<NewTenantDialog> {

        private final NewTenant tenant;

        SaveEvent(NewTenantDialog source, NewTenant tenant) {
            super(source, false);
            this.tenant = tenant;
        }

        NewTenant tenant() {
            return tenant;
        }

    }

}
