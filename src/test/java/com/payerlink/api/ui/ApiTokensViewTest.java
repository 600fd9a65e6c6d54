package com.payerlink.api.ui;

import com.payerlink.api.domain.ApiToken;
import com.payerlink.api.domain.ApiTokenCheck;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
        name(dialog).setValue("onboarding pipeline");
        scope(dialog).setValue(Role.OPERATOR);
        create(dialog).click();

        assertThat(dialog.isOpened()).isFalse();
        ApiTokenSecretDialog shown = _find(ApiTokenSecretDialog.class).get(0);
        String secret = secret(shown).getValue();
        assertThat(secret).startsWith("pl_").hasSize(46);
        ApiTokenCheck check = tokenService.check(secret);
        assertThat(check.outcome()).isEqualTo(ApiTokenCheck.Outcome.VALID);
        assertThat(check.tenantId()).isEqualTo(t.id());
        assertThat(check.role()).isEqualTo(Role.OPERATOR);

        done(shown).click();

        assertThat(secret(shown).getValue()).isEmpty();
        assertThat(_find(TextField.class).stream().map(TextField::getValue)).doesNotContain(secret);
        ApiToken listed = _findAll(tokensGrid()).get(0);
        assertThat(listed.name()).isEqualTo("onboarding pipeline");
        assertThat(listed.role()).isEqualTo(Role.OPERATOR);
        assertThat(listed.toString()).doesNotContain(secret);
    }

    @Test
    void an_org_admin_creates_an_org_admin_token_that_registers_over_the_api() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ApiTokensView view = openView();

        NewApiTokenDialog dialog = view.openNewTokenDialog();
        assertThat(scope(dialog).getListDataView().getItems()).containsExactly(Role.VIEWER, Role.OPERATOR, Role.ORG_ADMIN);
        name(dialog).setValue("registration pipeline");
        scope(dialog).setValue(Role.ORG_ADMIN);
        create(dialog).click();

        String secret = secret(_get(ApiTokenSecretDialog.class)).getValue();
        ApiTokenCheck check = tokenService.check(secret);
        assertThat(check.outcome()).isEqualTo(ApiTokenCheck.Outcome.VALID);
        assertThat(check.role()).isEqualTo(Role.ORG_ADMIN);
        assertThat(_findAll(tokensGrid()).get(0).role()).isEqualTo(Role.ORG_ADMIN);
    }

    @Test
    void revoking_a_token_refuses_it_from_then_on() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ApiTokensView view = openView();
        NewApiTokenDialog dialog = view.openNewTokenDialog();
        name(dialog).setValue("to be revoked");
        create(dialog).click();
        String secret = secret(_get(ApiTokenSecretDialog.class)).getValue();

        _fireConfirm(view.confirmRevoke(_findAll(tokensGrid()).get(0)));

        ApiToken revoked = _findAll(tokensGrid()).get(0);
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo(adminEmail(t));
        assertThat(tokenService.check(secret).outcome()).isEqualTo(ApiTokenCheck.Outcome.REVOKED);
    }

    @Test
    void an_expiry_in_the_past_is_refused_on_its_field_and_what_was_typed_stays() {
        Tenant t = newTenant();
        login(adminEmail(t));
        NewApiTokenDialog dialog = openView().openNewTokenDialog();
        name(dialog).setValue("nightly export");
        scope(dialog).setValue(Role.VIEWER);
        expiresOn(dialog).setValue(LocalDate.now(ZoneOffset.UTC).minusDays(1));

        create(dialog).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(expiresOn(dialog).isInvalid()).isTrue();
        assertThat(expiresOn(dialog).getErrorMessage()).contains("leave the date empty");
        assertThat(name(dialog).getValue()).isEqualTo("nightly export");
        assertThat(_find(ApiTokenSecretDialog.class)).isEmpty();
    }

    @Test
    void a_second_active_token_with_the_same_name_is_refused_on_the_name() {
        Tenant t = newTenant();
        login(adminEmail(t));
        ApiTokensView view = openView();
        NewApiTokenDialog first = view.openNewTokenDialog();
        name(first).setValue("ci");
        create(first).click();
        done(_get(ApiTokenSecretDialog.class)).click();

        NewApiTokenDialog second = view.openNewTokenDialog();
        name(second).setValue("CI");
        create(second).click();

        assertThat(name(second).isInvalid()).isTrue();
        assertThat(name(second).getErrorMessage()).contains("exists already");
    }

    @Test
    void the_list_shows_only_the_tokens_of_the_own_tenant() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        as(other, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("theirs", Role.VIEWER, null)));
        login(adminEmail(mine));
        openView();

        assertThat(_findAll(tokensGrid())).isEmpty();
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

    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> tokensGrid() {
        return _get(Grid.class);
    }

    private static TextField name(NewApiTokenDialog dialog) {
        return _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> scope(NewApiTokenDialog dialog) {
        return _get(dialog, Select.class, spec -> spec.withLabel("Scope"));
    }

    private static DatePicker expiresOn(NewApiTokenDialog dialog) {
        return _get(dialog, DatePicker.class, spec -> spec.withLabel("Expires on"));
    }

    private static Button create(NewApiTokenDialog dialog) {
        return _get(dialog, Button.class, spec -> spec.withText("Create token"));
    }

    private static TextField secret(ApiTokenSecretDialog dialog) {
        return _get(dialog, TextField.class, spec -> spec.withLabel("Token"));
    }

    private static Button done(ApiTokenSecretDialog dialog) {
        return _get(dialog, Button.class, spec -> spec.withText("I have stored it"));
    }

    private static ApiTokensView openView() {
        UI.getCurrent().navigate(ApiTokensView.class);
        return (ApiTokensView) currentView();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

}
