package com.payerlink.core;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals a secret that the portal must read back later (a queued mail's link, an identity provider's client secret)
 * with AES-256-GCM under one of the {@link PortalKeys}, so that the database never holds it in clear. The sealed
 * form is base64 of a random 12-byte nonce followed by the ciphertext and its tag.
 */
public final class SecretSeal {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;

    /** @param key 32 bytes, from {@link PortalKeys#key} */
    public SecretSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    public String seal(String secret) {
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

    /**
     * @throws GeneralSecurityException when the key is not the one the secret was sealed with (or the text is no
     *                                  sealed secret): the caller says which setting must be the same on every node
     */
    public String open(String sealed) throws GeneralSecurityException {
        byte[] in;
        try {
            in = Base64.getDecoder().decode(sealed);
        }
        catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not a sealed secret", e);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
        return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

}
