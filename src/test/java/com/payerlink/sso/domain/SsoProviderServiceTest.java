package com.payerlink.sso.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.sso.IdentityProvider;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static com.payerlink.db.Tables.AUDIT_LOG;
import static com.payerlink.db.Tables.TENANT_SSO;
import static com.payerlink.db.Tables.TENANT_SSO_DOMAIN;
import static com.payerlink.sso.IdentityProvider.clientId;
import static com.payerlink.sso.IdentityProvider.domainOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The org admin's provider settings on real PostgreSQL, checked against a real provider's discovery document. */
class SsoProviderServiceTest extends IntegrationTest {

    @Autowired
    SsoProviderService providers;

    @Autowired
    DSLContext dsl;

    final IdentityProvider idp = IdentityProvider.shared();

    @Test
    void saves_the_provider_with_its_client_secret_sealed_and_audits_the_change_without_it() {
        Tenant t = newTenant();

        SsoProvider saved = idp.configure(providers, t, domainOf(t) + ", Sub." + domainOf(t), Role.OPERATOR, false);

        assertThat(saved.domains()).extracting(EmailDomain::value).containsExactly(domainOf(t), "sub." + domainOf(t));
        assertThat(saved.redirectUri()).endsWith("/login/oauth2/code/" + t.id());
        String stored = as(t, Role.ORG_ADMIN, () -> dsl.select(TENANT_SSO.CLIENT_SECRET_SEALED).from(TENANT_SSO)
            .where(TENANT_SSO.TENANT_ID.eq(t.id())).fetchSingle().value1());
        assertThat(stored).doesNotContain("secret-of-" + t.code()).isNotBlank();
        List<String> audit = as(t, Role.ORG_ADMIN, () -> dsl.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG)
            .where(AUDIT_LOG.TENANT_ID.eq(t.id()).and(AUDIT_LOG.ACTION.eq("SSO_SETTINGS_CHANGED"))).fetch(AUDIT_LOG.DETAIL));
        assertThat(audit).singleElement().asString().contains(idp.issuer(t), clientId(t), "Operator", "client secret changed")
            .doesNotContain("secret-of-");
    }

    @Test
    void an_empty_secret_keeps_the_saved_one_and_a_stale_version_is_refused() {
        Tenant t = newTenant();
        SsoProvider first = idp.configure(providers, t, domainOf(t), Role.VIEWER, false);
        String sealed = sealedSecret(t);

        SsoProvider second = as(t, Role.ORG_ADMIN, () -> providers.save(new SsoProviderInput(idp.issuer(t), clientId(t), "",
                domainOf(t), Role.OPERATOR, false), first.version()));

        assertThat(sealedSecret(t)).isEqualTo(sealed);
        assertThat(second.newUserRole()).isEqualTo(Role.OPERATOR);
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> providers.save(new SsoProviderInput(idp.issuer(t), clientId(t),
                "", domainOf(t), Role.VIEWER, false), first.version())))
            .hasMessageContaining("changed by someone else");
    }

    @Test
    void a_domain_of_another_tenant_is_refused_naming_the_domain() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        idp.configure(providers, a, domainOf(a), Role.VIEWER, false);

        assertThatThrownBy(() -> idp.configure(providers, b, domainOf(b) + "\n" + domainOf(a), Role.VIEWER, false))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith(domainOf(a) + " already signs in through another organisation's identity provider")
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("domains");
        assertThat(as(b, Role.ORG_ADMIN, () -> dsl.fetchCount(TENANT_SSO, TENANT_SSO.TENANT_ID.eq(b.id()))))
            .as("nothing of B was saved").isZero();
    }

    @Test
    void input_that_cannot_work_is_refused_on_its_field_with_how_to_fix_it() {
        Tenant t = newTenant();

        assertRefused(t, new SsoProviderInput("http://login.example.com", "id", "s", domainOf(t), null, false), "issuerUrl",
                "must start with https://");
        assertRefused(t, new SsoProviderInput("http://localhost:9/nothing-here", "id", "s", domainOf(t), null, false),
                "issuerUrl", "could not read the identity provider's configuration at http://localhost:9/nothing-here");
        assertRefused(t, new SsoProviderInput(idp.issuer(t), " ", "s", domainOf(t), null, false), "clientId", "client id");
        assertRefused(t, new SsoProviderInput(idp.issuer(t), "id", "", domainOf(t), null, false), "clientSecret",
                "client secret");
        assertRefused(t, new SsoProviderInput(idp.issuer(t), "id", "s", "not a domain", null, false), "domains",
                "is not an e-mail domain");
        assertRefused(t, new SsoProviderInput(idp.issuer(t), "id", "s", domainOf(t), Role.SUPPORT_AGENT, false),
                "newUserRole", "Choose Org admin, Operator or Viewer");
    }

    @Test
    void sso_only_is_refused_when_it_would_lock_out_the_org_admin_who_saves_it() {
        Tenant t = newTenant();

        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> providers.save(new SsoProviderInput(idp.issuer(t),
                clientId(t), "s", "other-" + domainOf(t), Role.VIEWER, true), null)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("Add " + domainOf(t) + " to the domains");
    }

    @Test
    void only_org_admins_see_or_change_it_and_another_tenant_sees_none_of_it() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        idp.configure(providers, a, domainOf(a), Role.VIEWER, false);

        assertThatThrownBy(() -> as(a, Role.OPERATOR, () -> providers.current())).isInstanceOf(AccessDeniedException.class);
        assertThat(as(b, Role.ORG_ADMIN, () -> providers.current())).isEmpty();
        assertThat(as(b, Role.ORG_ADMIN, () -> dsl.fetchCount(TENANT_SSO) + dsl.fetchCount(TENANT_SSO_DOMAIN)))
            .as("row-level security hides A's rows even from a query without a tenant filter").isZero();
    }

    @Test
    void turning_it_off_removes_the_provider_and_its_domains() {
        Tenant t = newTenant();
        SsoProvider saved = idp.configure(providers, t, domainOf(t), Role.VIEWER, false);

        as(t, Role.ORG_ADMIN, () -> providers.remove(saved.version()));

        assertThat(as(t, Role.ORG_ADMIN, () -> providers.current())).isEmpty();
        assertThat(as(t, Role.ORG_ADMIN, () -> dsl.fetchCount(TENANT_SSO_DOMAIN))).isZero();
    }

    private void assertRefused(Tenant t, SsoProviderInput input, String field, String message) {
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> providers.save(input, null)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining(message)
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }

    private String sealedSecret(Tenant t) {
        return as(t, Role.ORG_ADMIN, () -> dsl.select(TENANT_SSO.CLIENT_SECRET_SEALED).from(TENANT_SSO)
            .where(TENANT_SSO.TENANT_ID.eq(t.id())).fetchSingle().value1());
    }

}
