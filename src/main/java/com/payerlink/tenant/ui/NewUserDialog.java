package com.payerlink.tenant.ui;

import com.payerlink.core.security.Role;
import com.payerlink.core.ui.FormDialog;
import com.payerlink.tenant.domain.NewUser;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** The form for a new user of the tenant. It fires a save event; the view saves. */
class NewUserDialog extends FormDialog<NewUser> {

    private final TextField displayName = new TextField("Name");

    private final EmailField email = new EmailField("E-mail");

    private final Select<Role> role = new Select<>();

    private final PasswordField password = new PasswordField("Initial password");

    NewUserDialog(Role[] roles) {
        super("Add user", "min(36rem, 95vw)", "Add user");
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
        field("displayName", displayName);
        field("email", email);
        field("role", role);
        field("password", password);
        displayName.focus();
    }

    @Override
    protected NewUser value() {
        return new NewUser(displayName.getValue(), email.getValue(), role.getValue(), password.getValue());
    }

}
