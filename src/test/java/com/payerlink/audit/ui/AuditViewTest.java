package com.payerlink.audit.ui;

import com.payerlink.audit.domain.AuditEntry;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditLog auditLog;

    @Test
    void an_org_admin_filters_the_tenants_log_and_exports_what_the_filter_shows() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        as(t, Role.ORG_ADMIN, () -> auditLog.record("CONNECTION_DISCONNECTED", "Acme (012345678901): contract ended"));
        as(t, Role.ORG_ADMIN, () -> auditLog.record("INVITATIONS_SENT", "For Globex"));
        as(other, Role.ORG_ADMIN, () -> auditLog.record("CONNECTION_DISCONNECTED", "Initech (111111111111): moved"));
        login(adminEmail(t));

        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        List<AuditEntry> all = _findAll(grid(view));
        assertThat(all).extracting(AuditEntry::detail).contains("Acme (012345678901): contract ended", "For Globex")
            .doesNotContain("Initech (111111111111): moved");
        assertThat(grid(view).getColumns()).extracting(c -> c.getHeaderText())
            .containsExactly("Time", "Actor", "Action", "Detail");

        view.filters.action.setValue("CONNECTION_DISCONNECTED");
        view.filters.account.setValue("0123456789");

        assertThat(_findAll(grid(view))).extracting(AuditEntry::actionLabel).containsExactly("Connection disconnected");
        String csv = new String(_download(view.export), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("Acme (012345678901): contract ended").doesNotContain("For Globex");
    }

    @Test
    void a_platform_admin_sees_every_tenants_entries_with_the_tenant_named() {
        Tenant t = newTenant();
        as(t, Role.ORG_ADMIN, () -> auditLog.record("API_TOKEN_REVOKED", "ci token of " + t.code()));
        String email = "platform-" + java.util.UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new com.payerlink.tenant.domain.NewUser("Pat", email,
                Role.PLATFORM_ADMIN, PASSWORD)));
        login(email);

        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        view.filters.account.setValue("ci token of " + t.code());

        assertThat(grid(view).getColumns()).extracting(c -> c.getHeaderText()).contains("Tenant");
        assertThat(_findAll(grid(view))).extracting(AuditEntry::tenantName).containsExactly(t.name());
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid(AuditView view) {
        return view.grid;
    }

}
