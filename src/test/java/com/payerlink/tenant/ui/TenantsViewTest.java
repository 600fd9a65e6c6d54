package com.payerlink.tenant.ui;

import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;

class TenantsViewTest extends KaribuTest {

    @Test
    void the_platform_admin_creates_a_tenant_with_its_first_org_admin() {
        Tenant existing = newTenant();
        String adminEmail = "first-admin-" + UUID.randomUUID() + "@example.com";
        String platformAdmin = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new com.payerlink.tenant.domain.NewUser("Pat", platformAdmin,
                com.payerlink.core.security.Role.PLATFORM_ADMIN, PASSWORD)));
        login(platformAdmin);
        UI.getCurrent().navigate(TenantsView.class);
        TenantsView view = (TenantsView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);

        NewTenantDialog dialog = view.openNewTenantDialog();
        dialog.name.setValue(existing.name());
        dialog.code.setValue("QQ");
        dialog.adminName.setValue("First Admin");
        dialog.adminEmail.setValue(adminEmail);
        dialog.adminPassword.setValue(PASSWORD);
        dialog.save.click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains("exists already");

        String name = "Fresh MSP " + UUID.randomUUID();
        dialog.name.setValue(name);
        dialog.code.setValue(existing.code().substring(0, 5) + "Z".repeat(existing.code().endsWith("Z") ? 0 : 1));
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(view.grid)).filteredOn(t -> t.name().equals(name)).singleElement()
            .satisfies(t -> assertThat(t.userCount()).isEqualTo(1));
    }

}
