package com.payerlink.tenant.ui;

import com.payerlink.TestDatabase;
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

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
    void an_org_admin_adds_a_user_without_a_password_and_they_are_sent_a_set_your_password_link() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(UsersView.class);
        NewUserDialog dialog = ((UsersView) currentView()).openNewUserDialog();
        String address = "invited@" + t.code().toLowerCase() + ".test";

        assertThat(_find(dialog, PasswordField.class)).as("nobody types another's password").isEmpty();
        name(dialog).setValue("Ivy Invited");
        email(dialog).setValue(address);
        add(dialog).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_findAll(usersGrid())).extracting(UserAccount::email).contains(address);
        assertThat(queuedMailTo(t, address)).as("the set-your-password mail waits in the tenant's outbox")
            .singleElement().satisfies(text -> assertThat(text).contains("set your password").contains("/set-password/"));
    }

    @Test
    void an_org_admin_sends_a_user_a_fresh_set_your_password_link() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        login(adminEmail(t));
        UI.getCurrent().navigate(UsersView.class);

        int row = _findAll(usersGrid()).stream().map(UserAccount::email).toList().indexOf(operator.email());
        ((Button) _getCellComponent(usersGrid(), row, "password")).click();

        assertThat(queuedMailTo(t, operator.email())).singleElement()
            .satisfies(text -> assertThat(text).contains("/set-password/"));
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

    /** The text of the mails queued for the address in the tenant's outbox, read as the schema owner. */
    private static List<String> queuedMailTo(Tenant t, String address) {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement(
                        "select text_body from email_outbox where tenant_id = ? and recipient = ? and kind = 'SET_PASSWORD'")) {
            s.setObject(1, t.id());
            s.setString(2, address);
            List<String> texts = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    texts.add(r.getString(1));
                }
            }
            return texts;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Button add(NewUserDialog dialog) {
        return _get(dialog, Button.class, spec -> spec.withText("Add user"));
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
