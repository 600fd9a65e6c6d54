package com.payerlink.security;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threat: SQL injected into a tenant's session (or a bug that forgets its filter). The database itself must
 * hold: the portal's login is neither superuser nor owner, so no {@code RESET ROLE} escapes row-level
 * security; the sign-in functions are out of reach; support agents stay away from drafts and cannot move
 * tickets between tenants; the audit log cannot be rewritten; durable jobs never deserialize Java objects.
 */
class DatabasePrivilegeTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    DataSource dataSource;

    @Autowired
    SchedulerClient scheduler;

    @Test
    void the_portal_logs_in_as_a_role_that_is_neither_superuser_nor_owner() {
        var row = dsl.fetchOne("select session_user::text, r.rolsuper, r.rolbypassrls, "
                + "(select tableowner from pg_tables where tablename = 'app_user') "
                + "from pg_roles r where r.rolname = session_user");

        assertThat(row.get(1, Boolean.class)).as("session_user %s is a superuser", row.get(0)).isFalse();
        assertThat(row.get(2, Boolean.class)).isFalse();
        assertThat(row.get(0, String.class)).isNotEqualTo(row.get(3, String.class));
    }

    @Test
    void reset_role_sees_nothing_of_other_tenants() throws SQLException {
        Tenant a = newTenant();
        Tenant b = newTenant();

        long othersSeen = CurrentScope.callAs(new DatabaseScope(a.id(), Role.ORG_ADMIN, null), () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try {
                    s.execute("reset role");
                    return count(s, "select count(*) from app_user where tenant_id = '" + b.id() + "'")
                            + count(s, "select count(*) from tenant where id = '" + b.id() + "'");
                }
                finally {
                    // never hand a connection back to the pool in another role than it was given out
                    s.execute("set role payerlink_app");
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(othersSeen).isZero();
    }

    @Test
    void tenant_sessions_cannot_call_the_sign_in_functions() {
        Tenant a = newTenant();

        assertThatThrownBy(() -> CurrentScope.callAs(new DatabaseScope(a.id(), Role.ORG_ADMIN, null),
                () -> dsl.fetch("select * from payerlink_login_user(?)", adminEmail(a))))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied for function payerlink_login_user");
        assertThatThrownBy(() -> CurrentScope.callAs(new DatabaseScope(a.id(), Role.ORG_ADMIN, null),
                () -> dsl.fetch("select payerlink_sign_in_succeeded(?, '192.0.2.1')", adminEmail(a))))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied for function payerlink_sign_in_succeeded");
        assertThatThrownBy(() -> CurrentScope.callAs(new DatabaseScope(a.id(), Role.ORG_ADMIN, null),
                () -> dsl.fetch("select payerlink_session_stamp(?)", UUID.randomUUID())))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied for function payerlink_session_stamp");
    }

    @Test
    void support_agents_see_nothing_of_a_draft_ticket() {
        Tenant a = newTenant();
        UUID draft = newTicket(a, "DRAFT");
        DatabaseScope agent = new DatabaseScope(null, Role.SUPPORT_AGENT, UUID.randomUUID());

        assertThat(CurrentScope.callAs(agent, () -> dsl.fetch(
                "select * from ticket where id = ?", draft).size())).isZero();
        assertThat(CurrentScope.callAs(agent, () -> dsl.fetch(
                "select * from ticket_account where ticket_id = ?", draft).size())).isZero();
        assertThat(CurrentScope.callAs(agent, () -> dsl.fetch(
                "select * from ticket_comment where ticket_id = ?", draft).size())).isZero();
        assertThatThrownBy(() -> CurrentScope.runAs(agent, () -> dsl.execute(
                "insert into ticket_comment (ticket_id, tenant_id, author, author_role, body) "
                        + "values (?, ?, 'agent@payerlink.test', 'SUPPORT_AGENT', 'on a draft')", draft, a.id())))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("row-level security");
    }

    @Test
    void support_agents_cannot_move_a_ticket_or_its_comments_to_another_tenant() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        UUID open = newTicket(a, "OPEN");
        DatabaseScope agent = new DatabaseScope(null, Role.SUPPORT_AGENT, UUID.randomUUID());

        assertThatThrownBy(() -> CurrentScope.runAs(agent,
                () -> dsl.execute("update ticket set tenant_id = ? where id = ?", b.id(), open)))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("tenant_id");
        // a comment claiming another tenant than its ticket's would show in that tenant's thread
        assertThatThrownBy(() -> CurrentScope.runAs(agent, () -> dsl.execute(
                "insert into ticket_comment (ticket_id, tenant_id, author, author_role, body) "
                        + "values (?, ?, 'agent@payerlink.test', 'SUPPORT_AGENT', 'planted')", open, b.id())))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("row-level security");
        assertThat(CurrentScope.callAs(new DatabaseScope(a.id(), Role.OPERATOR, null), () -> dsl.fetchValue(
                "select count(*) from ticket where id = ?", open))).isEqualTo(1L);
    }

    @Test
    void tenant_sessions_cannot_rewrite_or_delete_the_audit_log() {
        Tenant a = newTenant();
        DatabaseScope admin = new DatabaseScope(a.id(), Role.ORG_ADMIN, null);
        CurrentScope.runAs(admin, () -> dsl.execute("insert into audit_log (tenant_id, actor_email, action, detail) "
                + "values (?, 'admin@example.com', 'EVIDENCE', 'keep me')", a.id()));

        assertThatThrownBy(() -> CurrentScope.runAs(admin,
                () -> dsl.execute("update audit_log set detail = 'nothing happened' where tenant_id = ?", a.id())))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> CurrentScope.runAs(admin,
                () -> dsl.execute("delete from audit_log where tenant_id = ?", a.id())))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied for table audit_log");
        assertThat(CurrentScope.callAs(admin, () -> dsl.fetchValue(
                "select count(*) from audit_log where action = 'EVIDENCE' and detail = 'keep me'"))).isEqualTo(1L);
    }

    @Test
    void durable_jobs_store_their_data_as_json_not_java_serialization() throws SQLException {
        String id = "probe-" + UUID.randomUUID();
        scheduler.schedule(new TaskInstance<>("security-probe", id, Map.of("tenantId", "t-1")),
                Instant.now().plus(365, ChronoUnit.DAYS));
        try (Connection c = ownerConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select task_data from scheduled_tasks where task_instance = '" + id + "'")) {
                assertThat(r.next()).isTrue();
                byte[] data = r.getBytes(1);
                assertThat(data[0] == (byte) 0xAC && data[1] == (byte) 0xED).as("Java serialization stream").isFalse();
                assertThat(new String(data, StandardCharsets.UTF_8)).isEqualTo("{\"tenantId\":\"t-1\"}");
            }
            finally {
                s.execute("delete from scheduled_tasks where task_instance = '" + id + "'");
            }
        }
    }

    private UUID newTicket(Tenant tenant, String status) {
        UUID id = UUID.randomUUID();
        CurrentScope.runAs(new DatabaseScope(tenant.id(), Role.OPERATOR, null), () -> {
            int number = 1000 + (int) (Math.random() * 100000);
            dsl.execute("insert into ticket (id, tenant_id, number, reference, tenant_name, subject, status, created_by, "
                    + "updated_by) values (?, ?, ?, ?, ?, 'Enable accounts', ?, 'op@example.com', 'op@example.com')",
                    id, tenant.id(), number, tenant.code() + "-" + number, tenant.name(), status);
            dsl.execute("insert into ticket_account (ticket_id, tenant_id, customer_account_id, account_name, "
                    + "aws_account_id, partition) values (?, ?, ?, 'Secret Customer', '012345678901', 'aws')",
                    id, tenant.id(), UUID.randomUUID());
            dsl.execute("insert into ticket_comment (ticket_id, tenant_id, author, author_role, body) "
                    + "values (?, ?, 'op@example.com', 'OPERATOR', 'draft text')", id, tenant.id());
        });
        return id;
    }

    private static Connection ownerConnection() throws SQLException {
        TestDatabase db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

}
