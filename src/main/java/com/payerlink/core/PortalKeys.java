package com.payerlink.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The portal's 256-bit keys (the mail secret key, the callback key): the configured one, or else one made once and
 * kept in the data directory (mode 0600), so that a restart keeps it. Every node needs the same key.
 */
public final class PortalKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PortalKeys() {
    }

    /**
     * @param configured the setting's value, blank when unset
     * @param keptFile   where an unset key is made and kept
     * @param setting    the setting's name, for the messages
     */
    public static byte[] key(String configured, Path keptFile, String setting) {
        return configured.isBlank() ? keptKey(keptFile, setting) : decode(configured, setting);
    }

    private static byte[] decode(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        }
        catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(setting + " must be 32 random bytes in base64, e.g. the output of"
                    + " `openssl rand -base64 32`.");
        }
        return bytes;
    }

    private static byte[] keptKey(Path file, String setting) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                }
                catch (FileAlreadyExistsException raced) {
                    // another portal process on this data directory made it first: use theirs
                }
                catch (UnsupportedOperationException notPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                }
            }
            return decode(Files.readString(file), setting);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the key in " + file + ": make the data directory writable, or set "
                    + setting + ".", e);
        }
    }

}
