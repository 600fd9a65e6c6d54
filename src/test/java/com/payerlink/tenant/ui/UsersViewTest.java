package com.payerlink.tenant.ui;

import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends KaribuTest {

    @Test
    void a_viewer_cannot_open_the_users_view() {
        Tenant t = newTenant();
        UserAccount viewer = newUser(t, Role.VIEWER);
        login(viewer.email());

        UI.getCurrent().navigate(UsersView.class);

        assertThat(UI.getCurrent().getChildren().anyMatch(c -> c instanceof UsersView)).isFalse();
        assertThat(currentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    void an_org_admin_sees_only_the_users_of_the_own_tenant() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        newUser(mine, Role.OPERATOR);
        newUser(other, Role.OPERATOR);
        login(adminEmail(mine));

        UI.getCurrent().navigate(UsersView.class);
        Grid<UserAccount> grid = ((UsersView) currentView()).grid;

        List<UserAccount> rows = _findAll(grid);
        assertThat(rows).hasSize(2).allSatisfy(u -> assertThat(u.tenantId()).isEqualTo(mine.id()));
    }

    @Test
    void an_org_admin_adds_a_user_and_a_rejected_email_keeps_what_was_typed() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = (UsersView) currentView();

        NewUserDialog dialog = view.openNewUserDialog();
        dialog.displayName.setValue("Olga Operator");
        dialog.email.setValue(adminEmail(t));
        dialog.password.setValue("a long enough password");
        dialog.save.click();

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).contains("already belongs");
        assertThat(dialog.displayName.getValue()).isEqualTo("Olga Operator");

        dialog.email.setValue("olga@" + t.code().toLowerCase() + ".test");
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(view.grid)).extracting(UserAccount::email).contains("olga@" + t.code().toLowerCase() + ".test");
    }

    @Test
    void a_short_password_is_refused_on_its_field() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(UsersView.class);
        NewUserDialog dialog = ((UsersView) currentView()).openNewUserDialog();

        dialog.displayName.setValue("Short Pw");
        dialog.email.setValue("short@" + t.code().toLowerCase() + ".test");
        dialog.password.setValue("short");
        dialog.save.click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(_get(UsersView.class, spec -> {}).grid).isNotNull();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
