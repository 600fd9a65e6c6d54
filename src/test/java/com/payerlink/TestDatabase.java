package com.payerlink;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL 17 per test JVM: a Testcontainers one where a Docker engine runs, else the
 * embedded (zonky) one. Every Spring context of the run migrates and uses it.
 */
public final class TestDatabase {

    private static final String PORTAL_PASSWORD = "portal-test-password";

    private static TestDatabase instance;

    private final String url;

    private final String username;

    private final String password;

    private final AutoCloseable server;

    private TestDatabase(String url, String username, String password, AutoCloseable server) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.server = server;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainer() : startEmbedded();
            instance.createPortalLogin();
        }
        return instance;
    }

    /**
     * Stops the database now rather than at JVM exit. For a main method run inside Maven's JVM ({@code exec:java}),
     * whose class loader is closed before the JVM's shutdown hooks run, so the hooks could not stop it.
     */
    public static synchronized void stop() throws Exception {
        if (instance != null) {
            instance.server.close();
            instance = null;
        }
    }

    /** The portal's own login, as an operations team would give it (README, Security model): payerlink_app with LOGIN. */
    public String portalUsername() {
        return "payerlink_app";
    }

    public String portalPassword() {
        return PORTAL_PASSWORD;
    }

    private void createPortalLogin() {
        try (Connection c = DriverManager.getConnection(url, username, password); Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'payerlink_app') then "
                    + "create role payerlink_app; end if; end $$");
            s.execute("alter role payerlink_app with login password '" + PORTAL_PASSWORD + "'");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not give the test database the portal's login role", e);
        }
    }

    /**
     * The first column of the query's one row (e.g. a count), read as the database's owner, past row-level security:
     * what a test checks was, or was not, written whatever the scopes.
     */
    public Object queryAsOwner(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(url, username, password);
                java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (java.sql.ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    private static TestDatabase startContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17");
        container.start();
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(), container::stop);
    }

    private static TestDatabase startEmbedded() {
        try {
            // room for the cached test contexts' pools and a second node's (TwoNodesTest)
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                }
                catch (IOException e) {
                    // the JVM is going away anyway
                }
            }));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", postgres);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

}
