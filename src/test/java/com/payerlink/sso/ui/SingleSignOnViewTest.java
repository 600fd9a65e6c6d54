package com.payerlink.sso.ui;

import com.payerlink.core.security.Role;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.sso.IdentityProvider;
import com.payerlink.sso.domain.SsoProvider;
import com.payerlink.sso.domain.SsoProviderService;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.payerlink.sso.IdentityProvider.clientId;
import static com.payerlink.sso.IdentityProvider.domainOf;
import static org.assertj.core.api.Assertions.assertThat;

class SingleSignOnViewTest extends KaribuTest {

    @Autowired
    SsoProviderService providers;

    final IdentityProvider idp = IdentityProvider.shared();

    @Test
    void a_refused_save_keeps_everything_typed_and_marks_the_field_then_a_fixed_save_is_shown_back() {
        Tenant t = newTenant();
        login(adminEmail(t));
        UI.getCurrent().navigate(SingleSignOnView.class);
        SingleSignOnView view = _get(SingleSignOnView.class);
        assertThat(view.newUserRole.getValue()).as("a sensible default").isEqualTo(Role.VIEWER);
        assertThat(view.remove.isVisible()).isFalse();

        view.issuer.setValue(idp.issuer(t));
        view.clientId.setValue(clientId(t));
        view.clientSecret.setValue("secret-of-" + t.code());
        view.domains.setValue("not a domain");
        view.save.click();

        assertThat(view.domains.isInvalid()).isTrue();
        assertThat(view.domains.getErrorMessage()).contains("is not an e-mail domain");
        assertThat(view.clientSecret.getValue()).as("nothing typed is lost").isEqualTo("secret-of-" + t.code());

        view.domains.setValue(domainOf(t));
        view.newUserRole.setValue(Role.OPERATOR);
        view.save.click();

        assertThat(view.domains.isInvalid()).isFalse();
        assertThat(view.clientSecret.getValue()).as("the secret is never shown back").isEmpty();
        assertThat(view.remove.isVisible()).isTrue();
        SsoProvider saved = providers.current().orElseThrow();
        assertThat(saved.newUserRole()).isEqualTo(Role.OPERATOR);
        assertThat(view.redirectUri.getValue()).isEqualTo(saved.redirectUri());
    }

    @Test
    void an_org_admin_turns_single_sign_on_off() {
        Tenant t = newTenant();
        idp.configure(providers, t, domainOf(t), Role.VIEWER, false);
        login(adminEmail(t));
        UI.getCurrent().navigate(SingleSignOnView.class);
        SingleSignOnView view = _get(SingleSignOnView.class);
        assertThat(view.issuer.getValue()).isEqualTo(idp.issuer(t));

        view.remove.click();

        assertThat(providers.current()).isEmpty();
        assertThat(view.issuer.getValue()).isEmpty();
        assertThat(view.remove.isVisible()).isFalse();
    }

}
