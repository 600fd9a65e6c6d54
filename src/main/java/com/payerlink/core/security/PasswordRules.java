package com.payerlink.core.security;

import com.payerlink.core.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one password rule of every user, after NIST SP 800-63B: at least {@value #MIN_LENGTH} characters, no
 * composition rules, and none of the 10,000 most common passwords (the list the portal ships, compared ignoring
 * case). Bcrypt reads at most 72 bytes, so longer passwords are refused rather than silently cut.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;

    public static final int MAX_BYTES = 72;

    private static final String LIST = "common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Throws, on the field {@code field}, the first rule the password breaks, saying how to choose a better one. */
    public static void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field,
                    "Use at least " + MIN_LENGTH + " characters; a few unrelated words work well.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(field, "Use at most " + MAX_BYTES + " characters (fewer with accents or symbols).");
        }
        if (isCommon(password)) {
            throw new InvalidInputException(field,
                    "This is one of the most common passwords, the first an attacker tries. Choose another, e.g. a few unrelated words.");
        }
    }

    /** Whether the password is on the shipped list of common passwords (ignoring case and surrounding spaces). */
    public static boolean isCommon(String password) {
        return COMMON.contains(password.trim().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = Objects.requireNonNull(PasswordRules.class.getResourceAsStream(LIST), LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> common = new HashSet<>();
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .forEach(l -> common.add(l.trim().toLowerCase(Locale.ROOT)));
            return Set.copyOf(common);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The portal's list of common passwords cannot be read", e);
        }
    }

}
