package com.payerlink.api.ui;

import com.payerlink.api.domain.ApiToken;
import com.payerlink.api.domain.ApiTokenCheck;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensViewTest extends KaribuTest {

    @Autowired
    private ApiTokenService tokenService;

    @Test
    void creating_a_token_shows_its_secret_once_and_the_secret_works() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ApiTokensView view = openView();

        NewApiTokenDialog dialog = view.openNewTokenDialog();
        dialog.name.setValue("onboarding pipeline");
        dialog.scope.setValue(Role.OPERATOR);
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        ApiTokenSecretDialog shown = _find(ApiTokenSecretDialog.class).get(0);
        String secret = shown.secret.getValue();
        assertThat(secret).startsWith("pl_").hasSize(46);
        ApiTokenCheck check = tokenService.check(secret);
        assertThat(check.outcome()).isEqualTo(ApiTokenCheck.Outcome.VALID);
        assertThat(check.tenantId()).isEqualTo(t.id());
        assertThat(check.role()).isEqualTo(Role.OPERATOR);

        shown.done.click();

        assertThat(shown.secret.getValue()).isEmpty();
        assertThat(_find(TextField.class).stream().map(TextField::getValue)).doesNotContain(secret);
        ApiToken listed = _findAll(view.grid).get(0);
        assertThat(listed.name()).isEqualTo("onboarding pipeline");
        assertThat(listed.role()).isEqualTo(Role.OPERATOR);
        assertThat(listed.toString()).doesNotContain(secret);
    }

    @Test
    void revoking_a_token_refuses_it_from_then_on() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ApiTokensView view = openView();
        NewApiTokenDialog dialog = view.openNewTokenDialog();
        dialog.name.setValue("to be revoked");
        dialog.save.click();
        String secret = _find(ApiTokenSecretDialog.class).get(0).secret.getValue();

        _fireConfirm(view.confirmRevoke(_findAll(view.grid).get(0)));

        ApiToken revoked = _findAll(view.grid).get(0);
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo(adminEmail(t));
        assertThat(tokenService.check(secret).outcome()).isEqualTo(ApiTokenCheck.Outcome.REVOKED);
    }

    @Test
    void an_expiry_in_the_past_is_refused_on_its_field_and_what_was_typed_stays() {
        Tenant t = newTenant();
        login(adminEmail(t));
        NewApiTokenDialog dialog = openView().openNewTokenDialog();
        dialog.name.setValue("nightly export");
        dialog.scope.setValue(Role.VIEWER);
        dialog.expiresOn.setValue(LocalDate.now(ZoneOffset.UTC).minusDays(1));

        dialog.save.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.expiresOn.isInvalid()).isTrue();
        assertThat(dialog.expiresOn.getErrorMessage()).contains("leave the date empty");
        assertThat(dialog.name.getValue()).isEqualTo("nightly export");
        assertThat(_find(ApiTokenSecretDialog.class)).isEmpty();
    }

    @Test
    void a_second_active_token_with_the_same_name_is_refused_on_the_name() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ApiTokensView view = openView();
        NewApiTokenDialog first = view.openNewTokenDialog();
        first.name.setValue("ci");
        first.save.click();
        _find(ApiTokenSecretDialog.class).get(0).done.click();

        NewApiTokenDialog second = view.openNewTokenDialog();
        second.name.setValue("CI");
        second.save.click();

        assertThat(second.name.isInvalid()).isTrue();
        assertThat(second.name.getErrorMessage()).contains("exists already");
    }

    @Test
    void the_list_shows_only_the_tokens_of_the_own_tenant() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        CurrentScope.runAs(DatabaseScope.tenantSystem(other.id()),
                () -> tokenService.create(new NewApiToken("theirs", Role.VIEWER, null)));
        login(adminEmail(mine));

        assertThat(_findAll(openView().grid)).isEmpty();
    }

    @Test
    void operators_and_viewers_cannot_open_the_token_view() {
        Tenant t = newTenant();
        for (Role role : new Role[] { Role.OPERATOR, Role.VIEWER }) {
            UserAccount user = newUser(t, role);
            login(user.email());

            UI.getCurrent().navigate(ApiTokensView.class);

            assertThat(currentView()).as(role.name()).isNotInstanceOf(ApiTokensView.class);
            logout();
        }
    }

    private static ApiTokensView openView() {
        UI.getCurrent().navigate(ApiTokensView.class);
        return (ApiTokensView) currentView();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
