package com.payerlink.sso;

import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.sso.domain.SsoProvider;
import com.payerlink.sso.domain.SsoProviderInput;
import com.payerlink.sso.domain.SsoProviderService;
import com.payerlink.tenant.domain.Tenant;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real OpenID Connect provider for the tests (mock-oauth2-server over HTTP: discovery, authorize, token, keys),
 * one issuer per tenant. It signs in whoever the test names next, as an identity provider would after its own login.
 */
public final class IdentityProvider {

    private static final IdentityProvider SHARED = new IdentityProvider();

    private final MockOAuth2Server server = new MockOAuth2Server();

    private IdentityProvider() {
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    }

    /** The one provider of the test JVM (every Spring context of the run reaches the same one). */
    public static IdentityProvider shared() {
        return SHARED;
    }

    /** The issuer URL of the tenant's own issuer on this provider. */
    public String issuer(Tenant tenant) {
        return server.issuerUrl(issuerId(tenant)).toString();
    }

    /** The tenant's domain as the test tenants' users have it: {@code <code>.test}. */
    public static String domainOf(Tenant tenant) {
        return tenant.code().toLowerCase(Locale.ROOT) + ".test";
    }

    public static String clientId(Tenant tenant) {
        return "payerlink-" + tenant.code().toLowerCase(Locale.ROOT);
    }

    /** Sets the tenant up for single sign-on at its issuer here, as its org admin would. */
    public SsoProvider configure(SsoProviderService providers, Tenant tenant, String domains, Role newUserRole,
            boolean ssoOnly) {
        return CurrentScope.callAs(new DatabaseScope(tenant.id(), Role.ORG_ADMIN, null),
                () -> providers.save(new SsoProviderInput(issuer(tenant), clientId(tenant), "secret-of-" + tenant.code(),
                        domains, newUserRole, ssoOnly), null));
    }

    /** The next sign-in at the tenant's issuer is of this person (the provider's login already passed). */
    public void nextSignInIs(Tenant tenant, String email, String name) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId(tenant), "sub-" + email, "JWT",
                List.of(clientId(tenant)), Map.of("email", email, "email_verified", true, "name", name), 3600));
    }

    private static String issuerId(Tenant tenant) {
        return "idp-" + tenant.code().toLowerCase(Locale.ROOT);
    }

}
