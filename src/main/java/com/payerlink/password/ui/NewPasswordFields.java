package com.payerlink.password.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PasswordRules;
import com.payerlink.core.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.HashMap;
import java.util.Map;

/** The new password typed twice, with the rule said up front; used by every page that sets a password. */
class NewPasswordFields {

    final PasswordField password = new PasswordField("New password");

    final PasswordField repeated = new PasswordField("New password again");

    private final Map<String, HasValidation> fields = new HashMap<>();

    NewPasswordFields() {
        password.setHelperText("At least " + PasswordRules.MIN_LENGTH + " characters; a few unrelated words work well. "
                + "Common passwords are refused.");
        password.setRequired(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setRequired(true);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        repeated.setWidthFull();
        fields.put("password", password);
        fields.put("repeated", repeated);
    }

    /** Also shows errors of another field of the form. */
    void field(String name, HasValidation field) {
        fields.put(name, field);
    }

    void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Puts the refusal on its field (or in a notice); what was typed stays. */
    void show(InvalidInputException e) {
        Notices.show(e, fields);
    }

}
