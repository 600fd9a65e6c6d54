package com.payerlink.api.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@code pl_} and 43 base64url characters, 256 random bits. The portal
 * keeps only its SHA-256 hash, so a leaked database does not leak usable tokens.
 */
final class ApiTokenSecret {

    static final String PREFIX = "pl_";

    private static final int RANDOM_BYTES = 32;

    private static final Pattern FORMAT = Pattern.compile("pl_[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all; anything else is refused without a database lookup. */
    static boolean hasTokenFormat(String presented) {
        return presented != null && FORMAT.matcher(presented).matches();
    }

    /** Lower-case hex SHA-256 of the secret, as stored. */
    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

}
