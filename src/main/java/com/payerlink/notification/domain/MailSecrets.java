package com.payerlink.notification.domain;

import com.payerlink.core.PortalKeys;
import com.payerlink.core.PortalSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts the secret of a queued mail (an invitation's token) with AES-256-GCM, so that the outbox table never
 * holds it in plain text; the sender decrypts it only to build the message. The key is
 * {@code payerlink.mail.secret-key} (base64 of 32 bytes; every node must share it), else a key made on first
 * use and kept in {@code <payerlink.data-dir>/mail-secret.key} (mode 0600).
 */
@Component
class MailSecrets {

    /** Stands for the secret in the stored copy of a mail; the sender puts the secret in its place. */
    static final String PLACEHOLDER = OutboxDAO.REDACTED;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;

    MailSecrets(@Value("${payerlink.mail.secret-key:}") String configuredKey, PortalSettings portal) {
        this.key = new SecretKeySpec(PortalKeys.key(configuredKey, portal.dataDir().resolve("mail-secret.key"),
                "payerlink.mail.secret-key"), "AES");
    }

    String encrypt(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws IllegalStateException when the key is not the one the secret was encrypted with */
    String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The mail's link cannot be decrypted: payerlink.mail.secret-key is not the key it"
                    + " was queued with (every portal node needs the same key). Send the invitation again.", e);
        }
    }

}
