package com.payerlink.sso.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The part of an e-mail address after the {@code @}, lower-case: what leads an address to its tenant's provider. */
public record EmailDomain(String value) {

    private static final Pattern SHAPE = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public EmailDomain {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("@")) {
            value = value.substring(1);
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInputException(null, "\"" + value + "\" is not an e-mail domain; write the part after the @"
                    + " of your users' addresses, e.g. example.com.");
        }
    }

    /** The domain of an address. */
    public static EmailDomain of(EmailAddress address) {
        return new EmailDomain(address.value().substring(address.value().indexOf('@') + 1));
    }

    /**
     * Reads domains separated by commas, semicolons, spaces or line breaks; repeats are dropped.
     *
     * @throws InvalidInputException naming no field, for the first text that is no domain, or when there is none
     */
    public static List<EmailDomain> parseList(String raw) {
        Set<EmailDomain> domains = new LinkedHashSet<>();
        for (String part : (raw == null ? "" : raw).split("[,;\\s]+")) {
            if (!part.isBlank()) {
                domains.add(new EmailDomain(part));
            }
        }
        if (domains.isEmpty()) {
            throw new InvalidInputException(null, "Name at least one e-mail domain whose users sign in through your"
                    + " identity provider, e.g. example.com.");
        }
        return new ArrayList<>(domains);
    }

    @Override
    public String toString() {
        return value;
    }

}
