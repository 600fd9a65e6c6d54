package com.payerlink.core.database;

import com.payerlink.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README allows an owner that is not a superuser (a CREATEROLE user of a managed PostgreSQL). The
 * migrations must run as such an owner, and the sign-in lookup (a security-definer function under
 * forced row-level security) must still find users, while the portal's role stays fenced in.
 */
class NonSuperuserOwnerTest {

    @Test
    void migrates_and_signs_in_with_an_owner_that_is_not_a_superuser() throws SQLException {
        TestDatabase db = TestDatabase.get();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String owner = "owner_" + suffix;
        String database = "payerlink_" + suffix;
        try (Connection admin = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = admin.createStatement()) {
            s.execute("create role " + owner + " login password 'owner-pw' createrole");
            s.execute("create database " + database + " owner " + owner);
            // payerlink_app may exist in this cluster already (other tests); an ops team would hand it over like this
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'payerlink_app') then "
                    + "create role payerlink_app nologin; end if; end $$");
            s.execute("grant payerlink_app to " + owner + " with admin option");
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'payerlink_signin') then "
                    + "create role payerlink_signin nologin; end if; end $$");
            s.execute("grant payerlink_signin to " + owner + " with admin option");
        }
        // the same server, the new database, and no user in the URL (it would override the owner's)
        String url = db.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);

        Flyway.configure().dataSource(url, owner, "owner-pw").locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(url, owner, "owner-pw"); Statement s = c.createStatement()) {
            assertThat(bool(s, "select rolsuper from pg_roles where rolname = current_user")).isFalse();
            UUID tenant = UUID.randomUUID();
            s.execute("insert into tenant (id, name, code) values ('" + tenant + "', 'Owner Test', 'OT')");
            s.execute("insert into app_user (id, tenant_id, email, display_name, password_hash, role) values ('"
                    + UUID.randomUUID() + "', '" + tenant + "', 'owner-test@example.com', 'O', 'x', 'ORG_ADMIN')");

            s.execute("set role payerlink_app");
            assertThat(count(s, "select count(*) from app_user")).isZero();
            // the sign-in pool's role (payerlink_app may switch to it, it does not inherit its rights)
            s.execute("set role payerlink_signin");
            assertThat(count(s, "select count(*) from payerlink_login_user('owner-test@example.com')")).isEqualTo(1);
        }
    }

    private static boolean bool(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

}
