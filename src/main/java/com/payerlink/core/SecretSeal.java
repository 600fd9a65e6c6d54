package com.payerlink.core;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private final String setting;

    /**
     * @param configured the key setting's value, blank when unset
     * @param keptFile   where an unset key is made and kept (see {@link PortalKeys})
     * @param setting    the key setting's name, for the messages
     */
    public SecretSeal(String configured, Path keptFile, String setting) {
        this.key = new SecretKeySpec(PortalKeys.key(configured, keptFile, setting), "AES");
        this.setting = setting;
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
     * @param remedy what the user does about a secret sealed under another key, e.g. "Send the invitation again."
     * @throws IllegalStateException when the key is not the one the secret was sealed with (or the text is no sealed
     *                               secret), saying that every node needs the same key setting, and the remedy
     */
    public String open(String sealed, String remedy) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A kept secret cannot be decrypted: " + setting + " is not the key it was"
                    + " saved with (every portal node needs the same key). " + remedy, e);
        }
    }

}
