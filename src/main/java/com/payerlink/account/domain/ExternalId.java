package com.payerlink.account.domain;

import com.payerlink.core.Base32;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The per-account value that the role's trust policy requires in {@code sts:AssumeRole}, so that no
 * other customer of the platform can get the platform to assume this account's role (the "confused
 * deputy" problem).
 *
 * <p>Payerlink generates 20 bytes (160 bits) from {@link SecureRandom}, written as 32 lowercase
 * base32 characters ({@code a-z} and {@code 2-7}, no padding): URL-safe, unambiguous to read aloud
 * and accepted everywhere AWS accepts an ExternalId. {@link #parse} also accepts any ExternalId AWS
 * itself accepts: 2 to 1224 characters of letters, digits and {@code _+=,.@:/-}.
 */
public record ExternalId(String value) {

    private static final int RANDOM_BYTES = 20;
    private static final int MIN = 2;
    private static final int MAX = 1224;
    private static final Pattern GENERATED = Pattern.compile("[a-z2-7]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ExternalId {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN) {
            throw new InvalidValueException("ExternalId '" + value + "' is too short; AWS requires 2 to 1224"
                    + " characters. Generate a new one, or paste the ExternalId parameter of the Payerlink stack.");
        }
        if (value.length() > MAX) {
            throw new InvalidValueException("ExternalId has " + value.length() + " characters; AWS allows at most"
                    + " 1224. Generate a new one, or paste the ExternalId parameter of the Payerlink stack.");
        }
        for (int i = 0; i < value.length(); i++) {
            if (!awsChar(value.charAt(i))) {
                throw new InvalidValueException("ExternalId '" + value + "' contains "
                        + Inputs.describe(value.codePointAt(i)) + "; AWS allows only letters, digits and the"
                        + " characters _ + = , . @ : / -. Generate a new one, or paste the ExternalId parameter of"
                        + " the Payerlink stack.");
            }
        }
    }

    // [\w+=,.@:/-] without a regular expression per character (an import generates 100,000 at a time)
    private static boolean awsChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_+=,.@:/-".indexOf(c) >= 0;
    }

    /** A new random ExternalId: 160 bits from SecureRandom as 32 lowercase base32 characters. */
    public static ExternalId generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        // RFC 4648 base32 without padding, lower case: 20 bytes = 160 bits = exactly 32 characters of 5 bits
        return new ExternalId(Base32.encode(bytes).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads an ExternalId, e.g. from the stack's parameters or an import: either one Payerlink
     * generated or anything AWS accepts (2 to 1224 characters of letters, digits and {@code _+=,.@:/-}).
     *
     * @throws InvalidValueException for a wrong length or a character AWS does not accept
     */
    public static ExternalId parse(String raw) {
        return new ExternalId(Inputs.trim(raw));
    }

    /** True if the value has the shape of one Payerlink generates (rather than one a customer chose). */
    public boolean isGeneratedFormat() {
        return GENERATED.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }

}
