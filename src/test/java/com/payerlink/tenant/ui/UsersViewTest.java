package com.payerlink.tenant.ui;

import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
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

        List<UserAccount> rows = _findAll(usersGrid());
        assertThat(rows).hasSize(2).allSatisfy(u -> assertThat(u.tenantId()).isEqualTo(mine.id()));
    }

    @Test
    void an_org_admin_adds_a_user_and_a_rejected_email_keeps_what_was_typed() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = (UsersView) currentView();

        NewUserDialog dialog = view.openNewUserDialog();
        name(dialog).setValue("Olga Operator");
        email(dialog).setValue(adminEmail(t));
        password(dialog).setValue("a long enough password");
        add(dialog).click();

        assertThat(email(dialog).isInvalid()).isTrue();
        assertThat(email(dialog).getErrorMessage()).contains("already belongs");
        assertThat(name(dialog).getValue()).isEqualTo("Olga Operator");

        email(dialog).setValue("olga@" + t.code().toLowerCase() + ".test");
        add(dialog).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(usersGrid())).extracting(UserAccount::email).contains("olga@" + t.code().toLowerCase() + ".test");
    }

    @Test
    void a_short_password_is_refused_on_its_field() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(UsersView.class);
        NewUserDialog dialog = ((UsersView) currentView()).openNewUserDialog();

        name(dialog).setValue("Short Pw");
        email(dialog).setValue("short@" + t.code().toLowerCase() + ".test");
        password(dialog).setValue("short");
        add(dialog).click();

        assertThat(password(dialog).isInvalid()).isTrue();
        assertThat(password(dialog).getErrorMessage()).contains("at least 12 characters");
        // refused on its field: the dialog stays open with what was typed, and nobody was added
        assertThat(dialog.isOpened()).isTrue();
        assertThat(email(dialog).isInvalid()).isFalse();
        assertThat(name(dialog).getValue()).isEqualTo("Short Pw");
        assertThat(_findAll(usersGrid())).extracting(UserAccount::email).containsExactly(adminEmail(t));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> usersGrid() {
        return _get(Grid.class);
    }

    private static TextField name(NewUserDialog dialog) {
        return _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
    }

    private static EmailField email(NewUserDialog dialog) {
        return _get(dialog, EmailField.class, spec -> spec.withLabel("E-mail"));
    }

    private static PasswordField password(NewUserDialog dialog) {
        return _get(dialog, PasswordField.class, spec -> spec.withLabel("Initial password"));
    }

    private static Button add(NewUserDialog dialog) {
        return _get(dialog, Button.class, spec -> spec.withText("Add user"));
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
