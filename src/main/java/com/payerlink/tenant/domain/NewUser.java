package com.payerlink.tenant.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;


/** A user to create, as typed into a form. {@link #validated()} explains every rule it breaks. */
public record NewUser(String displayName, String email, Role role, String password) {

    public static final int MIN_PASSWORD_LENGTH = 12;

    /** Trims, lower-cases the e-mail, and checks each field; throws on the first field that breaks a rule. */
    public NewUser validated() {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty()) {
            throw new InvalidInputException("displayName", "Enter the person's name, as colleagues know it.");
        }
        if (name.length() > 120) {
            throw new InvalidInputException("displayName", "The name is too long: at most 120 characters.");
        }
        String mail = EmailAddress.tryParse(email).orElseThrow(() -> new InvalidInputException("email",
                "Enter an e-mail address such as jane@example.com.")).value();
        if (role == null) {
            throw new InvalidInputException("role", "Choose a role.");
        }
        checkPassword(password);
        return new NewUser(name, mail, role, password);
    }

    /** The password rule for every user: long beats complicated. */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "Use at least " + MIN_PASSWORD_LENGTH + " characters; a few unrelated words work well.");
        }
        if (password.length() > 72) {
            throw new InvalidInputException("password", "Use at most 72 characters.");
        }
    }

}
