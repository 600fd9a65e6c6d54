package com.payerlink.security;

import com.payerlink.core.database.DatabaseEndpoint;
import com.payerlink.core.database.EmbeddedDatabase;
import com.payerlink.core.database.PortalLogin;
import com.payerlink.core.database.PortalLoginProvisioning;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threat: another local user or process on the portal's host, and a crash. The portal's own PostgreSQL takes
 * passwords only (kept readable by the portal's user alone), listens on localhost only, loses no commit, and
 * runs the newest PostgreSQL 17 binaries.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void asks_for_a_password_kept_owner_only_listens_on_localhost_and_commits_durably() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            DatabaseEndpoint owner = db.owner();
            String url = withoutUser(owner.url());

            assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres-owner.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres-portal.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong-password").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
            try (Connection c = DriverManager.getConnection(url, owner.username(), owner.password());
                    Statement s = c.createStatement()) {
                assertThat(text(s, "show listen_addresses")).isEqualTo("localhost");
                assertThat(text(s, "show synchronous_commit")).isEqualTo("on");
                assertThat(Integer.parseInt(text(s, "show server_version_num"))).isGreaterThanOrEqualTo(170011);
            }
        }
        // a restart finds its passwords again
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(withoutUser(db.owner().url()), "postgres", db.owner().password())) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void a_data_directory_from_before_passwords_gets_them_on_its_next_start() throws Exception {
        Path pgData = dataDir.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).start()) {
            assertThat(old.getPostgresDatabase().getConnection().isValid(2)).isTrue();
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            String url = withoutUser(db.owner().url());
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(url, "postgres", db.owner().password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void the_portal_logs_in_to_its_own_database_as_payerlink_app_not_as_the_owner() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            DatabaseEndpoint owner = db.owner();
            PortalLogin login = new PortalLogin(PortalLogin.APP_ROLE, db.portalPassword(), true);
            Flyway.configure()
                .dataSource(owner.url(), owner.username(), owner.password())
                .locations("classpath:db/migration")
                .callbacks(new PortalLoginProvisioning(login))
                .load()
                .migrate();
            try (Connection c = DriverManager.getConnection(withoutUser(owner.url()), owner.username(), owner.password());
                    Statement s = c.createStatement()) {
                s.execute("insert into tenant (id, name, code) values ('00000000-0000-0000-0000-0000000000aa', 'Hidden', 'HI')");
            }

            Properties props = new Properties();
            props.setProperty("user", login.username());
            props.setProperty("password", login.password());
            try (Connection c = DriverManager.getConnection(withoutUser(owner.url()), props); Statement s = c.createStatement()) {
                assertThat(text(s, "select session_user")).isEqualTo("payerlink_app");
                assertThat(text(s, "select rolsuper::text from pg_roles where rolname = session_user")).isEqualTo("false");
                s.execute("reset role");
                assertThat(text(s, "select count(*) from tenant")).isEqualTo("0");
            }
        }
    }

    private static String withoutUser(String url) {
        return url.replaceAll("[?&]user=[^&]*", "");
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

}
