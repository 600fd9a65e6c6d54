package com.payerlink.tenant.domain;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;

import java.util.Locale;
import java.util.regex.Pattern;

/** An MSP to create with its first org admin, as typed into the form. */
public record NewTenant(String name, String code, NewUser orgAdmin) {

    private static final Pattern CODE = Pattern.compile("^[A-Z]{2,6}$");

    /** Checks every field; throws on the first that breaks a rule, naming it. */
    public NewTenant validated() {
        String n = name == null ? "" : name.trim();
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (n.length() < 2 || n.length() > 120) {
            throw new InvalidInputException("name", "Enter the MSP's name (2 to 120 characters).");
        }
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("code",
                    "Use 2 to 6 letters A–Z, e.g. NW for Northwind; it prefixes ticket numbers (NW-1042).");
        }
        NewUser admin = new NewUser(orgAdmin.displayName(), orgAdmin.email(), Role.ORG_ADMIN, orgAdmin.password())
            .validated();
        return new NewTenant(n, c, admin);
    }

    /** A code suggestion from the name: the initials of its words, else its first letters. */
    public static String suggestCode(String name) {
        if (name == null) {
            return "";
        }
        String[] words = name.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && initials.length() < 6) {
                initials.append(w.charAt(0));
            }
        }
        if (initials.length() >= 2) {
            return initials.toString();
        }
        String letters = String.join("", words);
        return letters.substring(0, Math.min(letters.length(), 3));
    }

}
