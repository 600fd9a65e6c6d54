package com.payerlink.twofactor.domain;

import com.payerlink.core.PortalKeys;
import com.payerlink.core.PortalSettings;
import com.payerlink.core.SecretSeal;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The two-factor key's three uses, each with its own key derived from it: sealing authenticator secrets (AES-GCM),
 * hashing recovery codes, and signing remembered browsers (both HMAC-SHA-256). A recovery code has 50 random bits,
 * so a keyed fast hash is enough; without the key a stolen table does not even allow guessing offline.
 */
@Component
class TwoFactorKeys {

    private final SecretSeal secrets;

    private final byte[] recoveryKey;

    private final byte[] browserKey;

    TwoFactorKeys(TwoFactorSettings settings, PortalSettings portal) {
        byte[] key = PortalKeys.key(settings.key(), portal.dataDir().resolve("two-factor.key"), "payerlink.two-factor.key");
        this.secrets = new SecretSeal(hmac(key, "authenticator secrets"), "payerlink.two-factor.key");
        this.recoveryKey = hmac(key, "recovery codes");
        this.browserKey = hmac(key, "remembered browsers");
    }

    String seal(String secret) {
        return secrets.seal(secret);
    }

    String open(String sealed) {
        return secrets.open(sealed, "Set up the authenticator app again.");
    }

    String recoveryCodeHash(String normalisedCode) {
        return HexFormat.of().formatHex(hmac(recoveryKey, normalisedCode));
    }

    String browserSignature(String payload) {
        return HexFormat.of().formatHex(hmac(browserKey, payload));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

}
