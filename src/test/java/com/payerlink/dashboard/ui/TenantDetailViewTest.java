package com.payerlink.dashboard.ui;

import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.dashboard.domain.TenantDetail.TenantUser;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TenantDetailViewTest extends KaribuTest {

    @Test
    void a_platform_admin_sees_the_tenants_users_and_no_other_tenants() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        newUser(other, Role.OPERATOR);
        String email = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Pat", email, Role.PLATFORM_ADMIN, PASSWORD)));
        login(email);

        UI.getCurrent().navigate("tenants/" + t.id());

        assertThat(_get(H2.class, spec -> spec.withText(t.name())).isVisible()).isTrue();
        assertThat(_findAll(usersGrid())).extracting(u -> u.user().email())
            .containsExactlyInAnyOrder(adminEmail(t), operator.email());
        assertThat(_findAll(usersGrid())).allSatisfy(u -> assertThat(u.lastSignIn()).isNull());
    }

    @Test
    void an_org_admin_cannot_open_a_tenant_page() {
        Tenant t = newTenant();
        login(adminEmail(t));

        UI.getCurrent().navigate("tenants/" + t.id());

        assertThat(_find(TenantDetailView.class)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TenantUser> usersGrid() {
        return _get(Grid.class);
    }

}
