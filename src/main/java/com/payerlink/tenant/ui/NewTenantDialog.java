package com.payerlink.tenant.ui;

import com.payerlink.core.ui.FormDialog;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.core.security.Role;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** The form for a new MSP and its first org admin. It fires a save event; the view saves. */
class NewTenantDialog extends FormDialog<NewTenant> {

    private final TextField name = new TextField("MSP name");

    private final TextField code = new TextField("Ticket code");

    private final TextField adminName = new TextField("Org admin's name");

    private final EmailField adminEmail = new EmailField("Org admin's e-mail");


    private boolean codeEdited;

    NewTenantDialog() {
        super("New tenant", "min(40rem, 95vw)", "Create tenant");
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
        adminEmail.setHelperText("They get a link by mail to set their own password");
        FormLayout form = new FormLayout(name, code, new H4("First org admin"), adminName, adminEmail);
        form.setColspan(form.getChildren().filter(c -> c instanceof H4).findFirst().orElseThrow(), 2);
        add(form);
        field("name", name);
        field("code", code);
        field("displayName", adminName);
        field("email", adminEmail);
        name.focus();
    }

    @Override
    protected NewTenant value() {
        return new NewTenant(name.getValue(), code.getValue(),
                NewUser.invited(adminName.getValue(), adminEmail.getValue(), Role.ORG_ADMIN));
    }

}
