package com.payerlink.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail address as the portal stores it: trimmed and lower-case, one {@code @}, a dot in the domain, no
 * whitespace, comma or semicolon (they separate addresses in lists), at most 254 characters.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;


    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !hasShape(value)) {
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

    // [^@\s,;]+@[^@\s,;]+\.[^@\s,;]+ without a regular expression (an import reads an address per line): one @
    // with something before it, and after it a dot with something on both sides; nowhere white space, ',' or ';'
    static boolean hasShape(String value) {
        int at = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',' || c == ';') {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at < 1) {
            return false;
        }
        int dot = value.indexOf('.', at + 2);
        return dot > 0 && dot < value.length() - 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
