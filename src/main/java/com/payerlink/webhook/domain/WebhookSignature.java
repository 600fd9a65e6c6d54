package com.payerlink.webhook.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The signature of a webhook request: {@code sha256=} and the hex HMAC-SHA256, keyed with the webhook's secret, of
 * {@code <timestamp>.<body>}, where the timestamp is the {@value #TIMESTAMP} header (Unix seconds). A receiver
 * computes the same and compares in constant time, and refuses old timestamps (replays).
 */
public final class WebhookSignature {

    public static final String SIGNATURE = "X-Payerlink-Signature";

    public static final String TIMESTAMP = "X-Payerlink-Timestamp";

    public static final String EVENT = "X-Payerlink-Event";

    public static final String DELIVERY = "X-Payerlink-Delivery";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** The value of the {@value #SIGNATURE} header. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** What a receiver does: the signature matches, compared in constant time. */
    public static boolean matches(String secret, long timestamp, String body, String signature) {
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    /** A new secret: {@code whsec_} and 32 random bytes, base64url. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

}
