package com.payerlink.notification.domain;

import com.payerlink.core.PortalSettings;
import com.payerlink.core.SecretSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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

    private final SecretSeal seal;

    MailSecrets(@Value("${payerlink.mail.secret-key:}") String configuredKey, PortalSettings portal) {
        this.seal = new SecretSeal(configuredKey, portal.dataDir().resolve("mail-secret.key"), "payerlink.mail.secret-key");
    }

    String encrypt(String secret) {
        return seal.seal(secret);
    }

    /** @throws IllegalStateException when the key is not the one the secret was encrypted with */
    String decrypt(String stored) {
        return seal.open(stored, "The mail's link is lost: send the invitation again.");
    }

}
