package com.payerlink.core.tenancy;

import com.payerlink.IntegrationTest;
import com.payerlink.core.security.Role;
import com.payerlink.db.tables.records.AppUserRecord;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.APP_USER;
import static com.payerlink.db.Tables.AUDIT_LOG;
import static com.payerlink.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself keeps tenants apart, even for a query that forgets to filter. */
class RowLevelSecurityTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;

    @Test
    void query_without_tenant_predicate_returns_only_the_bound_tenants_rows() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        newUser(a, Role.OPERATOR);
        newUser(b, Role.VIEWER);

        List<AppUserRecord> seen = as(a, Role.OPERATOR, () -> dsl.selectFrom(APP_USER).fetch());

        assertThat(seen).hasSize(2).allSatisfy(u -> assertThat(u.getTenantId()).isEqualTo(a.id()));
        assertThat(as(a, Role.OPERATOR, () -> dsl.selectFrom(TENANT).fetch(TENANT.ID))).containsExactly(a.id());
    }

    @Test
    void writing_a_row_of_another_tenant_is_refused_by_the_database() {
        Tenant a = newTenant();
        Tenant b = newTenant();

        assertThatThrownBy(() -> as(a, Role.ORG_ADMIN, () -> dsl.insertInto(APP_USER)
                    .set(APP_USER.ID, UUID.randomUUID())
                    .set(APP_USER.TENANT_ID, b.id())
                    .set(APP_USER.EMAIL, "intruder-" + UUID.randomUUID() + "@example.com")
                    .set(APP_USER.DISPLAY_NAME, "Intruder")
                    .set(APP_USER.PASSWORD_HASH, "x")
                    .set(APP_USER.ROLE, Role.ORG_ADMIN.name())
                    .execute()))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("new row violates row-level security policy");
    }

    @Test
    void updating_another_tenants_rows_changes_nothing() {
        Tenant a = newTenant();
        Tenant b = newTenant();

        int updated = as(a, Role.ORG_ADMIN, () -> dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.TENANT_ID.eq(b.id())).execute());

        assertThat(updated).isZero();
        assertThat(asPlatform(() -> dsl.fetchCount(APP_USER, APP_USER.TENANT_ID.eq(b.id()).and(APP_USER.ENABLED.isTrue()))))
            .isEqualTo(1);
    }

    @Test
    void without_a_scope_no_tenant_row_is_visible() {
        newTenant();

        assertThat(CurrentScope.callAs(DatabaseScope.NONE, () -> dsl.fetchCount(APP_USER))).isZero();
        assertThat(CurrentScope.callAs(DatabaseScope.NONE, () -> dsl.fetchCount(TENANT))).isZero();
        assertThat(CurrentScope.callAs(DatabaseScope.NONE, () -> dsl.fetchCount(AUDIT_LOG))).isZero();
    }

    @Test
    void support_agents_see_tenant_names_but_no_users_or_audit() {
        Tenant a = newTenant();
        DatabaseScope agent = new DatabaseScope(null, Role.SUPPORT_AGENT, null);

        assertThat(CurrentScope.callAs(agent, () -> dsl.selectFrom(TENANT).fetch(TENANT.ID))).contains(a.id());
        assertThat(CurrentScope.callAs(agent, () -> dsl.fetchCount(APP_USER))).isZero();
        assertThat(CurrentScope.callAs(agent, () -> dsl.fetchCount(AUDIT_LOG))).isZero();
    }

    @Test
    void the_portal_runs_as_a_role_that_is_neither_superuser_nor_table_owner() {
        var row = dsl.fetchOne("select current_user, r.rolsuper, r.rolbypassrls, "
                + "(select tableowner from pg_tables where tablename = 'app_user') as owner "
                + "from pg_roles r where r.rolname = current_user");

        assertThat(row.get(0, String.class)).isEqualTo("payerlink_app");
        assertThat(row.get(1, Boolean.class)).isFalse();
        assertThat(row.get(2, Boolean.class)).isFalse();
        assertThat(row.get(3, String.class)).isNotEqualTo("payerlink_app");
    }

}
