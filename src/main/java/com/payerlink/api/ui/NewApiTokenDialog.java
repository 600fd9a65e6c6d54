package com.payerlink.api.ui;

import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The form for a new API token. It fires a save event; the view creates the token. */
class NewApiTokenDialog extends FormDialog<NewApiToken> {

    private final TextField name = new TextField("Name");

    private final Select<Role> scope = new Select<>();

    private final DatePicker expiresOn = new DatePicker("Expires on");

    NewApiTokenDialog() {
        super("New API token", "min(36rem, 95vw)", "Create token");
        name.setRequired(true);
        name.setMaxLength(80);
        name.setHelperText("The script or system that uses it, e.g. \"onboarding pipeline\"");
        scope.setLabel("Scope");
        scope.setItems(Role.VIEWER, Role.OPERATOR, Role.ORG_ADMIN);
        scope.setItemLabelGenerator(role -> switch (role) {
            case ORG_ADMIN -> "Org admin: also registers and disconnects connections";
            case OPERATOR -> "Operator: reads and changes accounts";
            default -> "Viewer: only reads";
        });
        scope.setHelperText("A token works only while you are an org admin of this tenant");
        scope.setValue(Role.VIEWER);
        expiresOn.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        expiresOn.setClearButtonVisible(true);
        expiresOn.setHelperText("The token stops working at 00:00 UTC that day; leave empty for no expiry");
        add(new FormLayout(name, scope, expiresOn));
        field("name", name);
        field("role", scope);
        field("expiresOn", expiresOn);
        name.focus();
    }

    @Override
    protected NewApiToken value() {
        return new NewApiToken(name.getValue(), scope.getValue(), expiresOn.getValue());
    }

}
