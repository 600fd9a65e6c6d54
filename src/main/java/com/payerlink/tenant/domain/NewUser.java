package com.payerlink.tenant.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PasswordRules;
import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;


/** A user to create, as typed into a form; without a password, the user is invited to set their own. {@link #validated()} explains every rule it breaks. */
public record NewUser(String displayName, String email, Role role, @Nullable String password) {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

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
        if (!setsOwnPassword()) {
            checkPassword(password);
        }
        return new NewUser(name, mail, role, password);
    }

    /** A user who sets their own password through a set-your-password link mailed to them. */
    public static NewUser invited(String displayName, String email, Role role) {
        return new NewUser(displayName, email, role, null);
    }

    /** True when no password was given: the user is invited by mail to set their own. */
    public boolean setsOwnPassword() {
        return password == null || password.isEmpty();
    }

    /** The password rule for every user: long beats complicated, and no common password (see {@link PasswordRules}). */
    public static void checkPassword(String password) {
        PasswordRules.check("password", password);
    }

}
