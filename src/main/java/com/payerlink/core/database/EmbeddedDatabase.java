package com.payerlink.core.database;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;

/**
 * The portal's own PostgreSQL: password authentication only (random passwords kept beside the data, mode
 * 0600), reachable from localhost only, and every commit durable ({@code synchronous_commit=on}; zonky's
 * default is off, which can lose the last commits on a crash).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String OWNER = "postgres";

    static final String OWNER_PASSWORD_FILE = "postgres-owner.password";

    static final String PORTAL_PASSWORD_FILE = "postgres-portal.password";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final String HBA = """
            # Written by Payerlink: password (SCRAM) authentication only, local connections only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final EmbeddedPostgres postgres;

    private final String ownerPassword;

    private final String portalPassword;

    /** Starts (and on the first start creates) the database kept in {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        Path pgData = root.resolve("postgres");
        Files.createDirectories(pgData);
        Path ownerFile = root.resolve(OWNER_PASSWORD_FILE);
        // a data directory from before passwords: trust authentication until its owner gets a password below
        boolean ownerWithoutPassword = Files.exists(pgData.resolve("postgresql.conf")) && !Files.exists(ownerFile);
        String ownerPassword = readOrCreatePassword(ownerFile);
        String portalPassword = readOrCreatePassword(root.resolve(PORTAL_PASSWORD_FILE));
        log.info("Starting the embedded PostgreSQL with its data in {}", pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("password_encryption", "scram-sha-256")
            // initdb options (zonky passes these as --key=value): the superuser's password from the first start on
            .setLocaleConfig("pwfile", ownerFile.toString())
            .setLocaleConfig("auth", "scram-sha-256")
            .setConnectConfig("password", ownerPassword)
            .start();
        try {
            requirePasswords(postgres, pgData, ownerWithoutPassword, ownerPassword);
        }
        catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IOException("Could not switch the embedded PostgreSQL in " + pgData
                    + " to password authentication: " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(postgres, ownerPassword, portalPassword);
    }

    private static void requirePasswords(EmbeddedPostgres postgres, Path pgData, boolean ownerWithoutPassword,
            String ownerPassword) throws SQLException, IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        if (!ownerWithoutPassword && HBA.equals(Files.readString(hba, StandardCharsets.UTF_8))) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (ownerWithoutPassword) {
                try (PreparedStatement p = c.prepareStatement("select format('alter role %I password %L', ?, ?)")) {
                    p.setString(1, OWNER);
                    p.setString(2, ownerPassword);
                    var r = p.executeQuery();
                    r.next();
                    s.execute(r.getString(1));
                }
            }
            Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            s.execute("select pg_reload_conf()");
        }
    }

    /** The password in {@code file}, or a new random one written there readable by this user only. */
    static String readOrCreatePassword(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(file, password, StandardCharsets.UTF_8);
                return password;
            }
            catch (FileAlreadyExistsException e) {
                // another start was quicker: use its password
            }
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty: restore it from a backup, or set the database password "
                    + "yourself and write it there");
        }
        return password;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    /** The superuser's login: it owns and migrates the schema. */
    public DatabaseEndpoint owner() {
        return new DatabaseEndpoint(postgres.getJdbcUrl(OWNER, "postgres"), OWNER, ownerPassword);
    }

    /** The password the portal's own login ({@code payerlink_app}) gets once the migrations have made it. */
    public String portalPassword() {
        return portalPassword;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

}
