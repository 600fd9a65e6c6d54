package com.payerlink.account.domain;

import com.payerlink.core.PortalKeys;
import com.payerlink.core.PortalSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The callback secret a stack proves itself with: {@code plcb_} and 256 bits, an HMAC-SHA256 of the account, the kind
 * and its ExternalId under the portal's callback key. Being derived, the same secret is shown again in every link and
 * download of the account (no secret is kept anywhere), and a new ExternalId gives a new secret; the database keeps
 * only each secret's SHA-256, to find the account a report belongs to.
 */
@Component
public class CallbackSecrets {

    static final String PREFIX = "plcb_";

    private final SecretKeySpec key;

    CallbackSecrets(@Value("${payerlink.cloudformation.callback-key:}") String configuredKey, PortalSettings portal) {
        this.key = new SecretKeySpec(PortalKeys.key(configuredKey, portal.dataDir().resolve("callback-secret.key"),
                "payerlink.cloudformation.callback-key"), "HmacSHA256");
    }

    /** The secret of the account's own stack, or of the StackSet its organization's members run. */
    String secret(TemplateKind kind, java.util.UUID account, ExternalId externalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] sum = mac.doFinal((kind + ":" + account + ":" + externalId.value()).getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The SHA-256 of a secret, hex: what the database keeps. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
