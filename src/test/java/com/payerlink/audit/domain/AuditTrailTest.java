package com.payerlink.audit.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditLog auditLog;

    @Test
    void an_org_admin_reads_the_own_tenants_entries_and_a_platform_admin_everyones() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        as(a, Role.ORG_ADMIN, () -> auditLog.record("API_TOKEN_CREATED", "token of " + a.code()));
        as(b, Role.ORG_ADMIN, () -> auditLog.record("API_TOKEN_CREATED", "token of " + b.code()));

        List<AuditEntry> ofA = signedInAs(adminEmail(a), () -> auditTrail.entries(AuditFilter.NONE, 0, 500));
        AuditFilter tokens = new AuditFilter(null, null, null, "API_TOKEN_CREATED", null);
        List<AuditEntry> ofAll = asPlatform(() -> auditTrail.entries(tokens, 0, 500));

        assertThat(ofA).extracting(AuditEntry::detail).contains("token of " + a.code()).doesNotContain("token of " + b.code());
        assertThat(ofA).extracting(AuditEntry::tenantName).containsOnly(a.name());
        assertThat(ofAll).extracting(AuditEntry::detail).contains("token of " + a.code(), "token of " + b.code());
    }

    @Test
    void operators_and_viewers_cannot_read_the_audit_log() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);

        assertThatThrownBy(() -> signedInAs(operator.email(), () -> auditTrail.entries(AuditFilter.NONE, 0, 10)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csv(operator.email(), AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filters_narrow_by_actor_action_account_and_time_and_newest_comes_first() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        signedInAs(operator.email(), () -> {
            auditLog.record("ACCOUNTS_IMPORTED", "accounts.csv: 012345678901 Acme");
            auditLog.record("INVITATIONS_SENT", "For Acme (012345678901)");
            return null;
        });
        signedInAs(adminEmail(t), () -> {
            auditLog.record("INVITATIONS_SENT", "For Globex (210987654321)");
            return null;
        });
        Instant now = Instant.now();

        assertThat(read(t, new AuditFilter(null, null, operator.email().substring(0, 12), null, null)))
            .extracting(AuditEntry::action).containsExactly("INVITATIONS_SENT", "ACCOUNTS_IMPORTED");
        assertThat(read(t, new AuditFilter(null, null, null, "INVITATIONS_SENT", "acme")))
            .extracting(AuditEntry::detail).containsExactly("For Acme (012345678901)");
        assertThat(read(t, new AuditFilter(null, null, null, null, "210987654321"))).hasSize(1);
        assertThat(read(t, new AuditFilter(now.plus(1, ChronoUnit.HOURS), null, null, null, null))).isEmpty();
        assertThat(read(t, new AuditFilter(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.MINUTES), null,
                "INVITATIONS_SENT", null))).hasSize(2);
        assertThat(signedInAs(adminEmail(t), auditTrail::actions)).contains("ACCOUNTS_IMPORTED", "INVITATIONS_SENT");
    }

    @Test
    void the_csv_export_holds_what_the_filter_shows_and_is_safe_in_a_spreadsheet() {
        Tenant t = newTenant();
        as(t, Role.ORG_ADMIN, () -> auditLog.record("WEBHOOK_CREATED", "=HYPERLINK(\"http://evil.example\")"));
        as(t, Role.ORG_ADMIN, () -> auditLog.record("API_TOKEN_REVOKED", "build token"));
        List<String> lines = csv(adminEmail(t), new AuditFilter(null, null, null, "WEBHOOK_CREATED", null)).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("time (UTC),tenant,actor,action,action name,detail");
        assertThat(lines.get(1)).contains(t.name() + ",system,Webhook added,WEBHOOK_CREATED,\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    }

    @Test
    void nobody_rewrites_the_audit_log_not_even_the_schemas_owner() throws SQLException {
        Tenant t = newTenant();
        as(t, Role.ORG_ADMIN, () -> auditLog.record("USER_DISABLED", "evidence of " + t.code()));
        TestDatabase db = TestDatabase.get();
        try (Connection owner = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = owner.createStatement()) {
            // should the trigger ever be missing, nothing of the shared test database is lost
            owner.setAutoCommit(false);
            s.execute("savepoint probe");
            assertThatThrownBy(() -> s.execute("update audit_log set detail = 'nothing' where detail = 'evidence of " + t.code() + "'"))
                .hasMessageContaining("append-only");
            s.execute("rollback to savepoint probe");
            assertThatThrownBy(() -> s.execute("delete from audit_log where detail = 'evidence of " + t.code() + "'"))
                .hasMessageContaining("append-only");
            s.execute("rollback to savepoint probe");
            assertThatThrownBy(() -> s.execute("truncate audit_log")).hasMessageContaining("append-only");
            owner.rollback();
        }
        assertThat(read(t, new AuditFilter(null, null, null, "USER_DISABLED", null)))
            .extracting(AuditEntry::detail).containsExactly("evidence of " + t.code());
    }

    private String csv(String email, AuditFilter filter) {
        StringWriter csv = new StringWriter();
        signedInAs(email, () -> {
            try {
                auditTrail.writeCsv(filter, csv);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        return csv.toString();
    }

    private List<AuditEntry> read(Tenant t, AuditFilter filter) {
        return signedInAs(adminEmail(t), () -> auditTrail.entries(filter, 0, 100));
    }

}
