package com.payerlink.notification.domain;

import com.payerlink.core.PortalKeys;
import com.payerlink.core.PortalSettings;
import com.payerlink.core.SealedText;
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

    private final SealedText sealed;

    MailSecrets(@Value("${payerlink.mail.secret-key:}") String configuredKey, PortalSettings portal) {
        this.sealed = new SealedText(PortalKeys.key(configuredKey, portal.dataDir().resolve("mail-secret.key"),
                "payerlink.mail.secret-key"));
    }

    String encrypt(String secret) {
        return sealed.seal(secret);
    }

    /** @throws IllegalStateException when the key is not the one the secret was encrypted with */
    String decrypt(String stored) {
        return sealed.open(stored, "The mail's link cannot be decrypted: payerlink.mail.secret-key is not the key it"
                + " was queued with (every portal node needs the same key). Send the invitation again.");
    }

}
