package com.payerlink.core.ui;

import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.ui.TenantsView;
import com.payerlink.tenant.ui.UsersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTest extends KaribuTest {

    @Test
    void a_page_the_role_may_not_open_says_so_plainly() {
        Tenant t = newTenant();
        login(newUser(t, Role.VIEWER).email());

        UI.getCurrent().navigate(UsersView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("You don't have access to this page");
        assertThat(_get(Paragraph.class).getText()).contains("ask your organisation's admin");
    }

    @Test
    void an_org_admin_opening_the_platform_admins_page_gets_the_same_plain_answer() {
        Tenant t = newTenant();
        login(adminEmail(t));

        UI.getCurrent().navigate(TenantsView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("You don't have access to this page");
    }

}
