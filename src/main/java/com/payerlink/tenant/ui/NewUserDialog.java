package com.payerlink.tenant.ui;

import com.payerlink.core.security.Role;
import com.payerlink.core.ui.FormDialog;
import com.payerlink.tenant.domain.NewUser;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** The form for a new user of the tenant, who sets their own password through a mailed link. It fires a save event; the view saves. */
class NewUserDialog extends FormDialog<NewUser> {

    private final TextField displayName = new TextField("Name");

    private final EmailField email = new EmailField("E-mail");

    private final Select<Role> role = new Select<>();


    NewUserDialog(Role[] roles) {
        super("Add user", "min(36rem, 95vw)", "Add user");
        displayName.setRequired(true);
        email.setRequired(true);
        role.setLabel("Role");
        role.setItems(roles);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.OPERATOR);
        role.setHelperText("Operators do the wizard work; viewers only read; org admins also manage users");
        email.setHelperText("They get a link by mail to set their own password");
        add(new FormLayout(displayName, email, role));
        field("displayName", displayName);
        field("email", email);
        field("role", role);
        displayName.focus();
    }

    @Override
    protected NewUser value() {
        return NewUser.invited(displayName.getValue(), email.getValue(), role.getValue());
    }

}
