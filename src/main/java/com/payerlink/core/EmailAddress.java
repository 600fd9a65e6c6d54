package com.payerlink.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as the portal stores it: trimmed and lower-case, one {@code @}, a dot in the domain, no
 * whitespace, comma or semicolon (they separate addresses in lists), at most 254 characters.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches() || value.length() > MAX_LENGTH) {
            throw new InvalidInputException(null, "\"" + value + "\" is not an e-mail address; write it as"
                    + " name@example.com (at most " + MAX_LENGTH + " characters).");
        }
    }

    /**
     * Reads an address as typed: surrounding spaces are ignored and letters lower-cased.
     *
     * @throws InvalidInputException naming no field, if the text is no e-mail address
     */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw == null ? "" : raw);
    }

    /** The address, or empty when the text is none; for callers that word the refusal for their own field. */
    public static Optional<EmailAddress> tryParse(String raw) {
        try {
            return Optional.of(parse(raw));
        }
        catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
