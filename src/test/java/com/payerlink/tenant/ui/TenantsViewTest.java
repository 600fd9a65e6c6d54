package com.payerlink.tenant.ui;

import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
        textField(dialog, "MSP name").setValue(existing.name());
        textField(dialog, "Ticket code").setValue("QQ");
        textField(dialog, "Org admin's name").setValue("First Admin");
        _get(dialog, EmailField.class, spec -> spec.withLabel("Org admin's e-mail")).setValue(adminEmail);
        create(dialog).click();
        assertThat(textField(dialog, "MSP name").isInvalid()).isTrue();
        assertThat(textField(dialog, "MSP name").getErrorMessage()).contains("exists already");

        String name = "Fresh MSP " + UUID.randomUUID();
        textField(dialog, "MSP name").setValue(name);
        textField(dialog, "Ticket code").setValue(existing.code().substring(0, 5) + "Z".repeat(existing.code().endsWith("Z") ? 0 : 1));
        create(dialog).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(tenantsGrid())).filteredOn(t -> t.name().equals(name)).singleElement()
            .satisfies(t -> assertThat(t.userCount()).isEqualTo(1));
    }

    @Test
    void the_finder_narrows_the_list_by_part_of_a_name_or_code_and_says_when_nothing_matches() {
        Tenant sought = newTenant();
        Tenant other = newTenant();
        String platformAdmin = "platform-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new com.payerlink.tenant.domain.NewUser("Pat", platformAdmin,
                com.payerlink.core.security.Role.PLATFORM_ADMIN, PASSWORD)));
        login(platformAdmin);
        UI.getCurrent().navigate(TenantsView.class);
        TextField find = _get(TextField.class, spec -> spec.withLabel("Find an MSP"));

        find.setValue("  " + sought.name().substring(2).toUpperCase() + " ");
        assertThat(_findAll(tenantsGrid())).extracting(Tenant::id).containsExactly(sought.id());
        find.setValue(other.code().toLowerCase());
        assertThat(_findAll(tenantsGrid())).extracting(Tenant::id).contains(other.id()).doesNotContain(sought.id());
        find.setValue("no such MSP " + UUID.randomUUID());
        assertThat(_findAll(tenantsGrid())).isEmpty();
        assertThat(tenantsGrid().getEmptyStateText()).contains("Clear the search");
        find.clear();
        assertThat(_findAll(tenantsGrid())).extracting(Tenant::id).contains(sought.id(), other.id());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Tenant> tenantsGrid() {
        return _get(Grid.class);
    }

    private static TextField textField(NewTenantDialog dialog, String label) {
        return _get(dialog, TextField.class, spec -> spec.withLabel(label));
    }

    private static Button create(NewTenantDialog dialog) {
        return _get(dialog, Button.class, spec -> spec.withText("Create tenant"));
    }

}
