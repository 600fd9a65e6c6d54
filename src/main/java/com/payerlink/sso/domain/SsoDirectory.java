package com.payerlink.sso.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.database.SignInDatabase;
import com.payerlink.core.security.Role;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sign-in side of single sign-on. It runs before any tenant is known, so, like the password sign-in, it goes
 * through the schema's narrow security-definer functions on the sign-in pool, never around row-level security.
 */
@Component
class SsoDirectory {

    private final DSLContext dsl;

    SsoDirectory(SignInDatabase signIn) {
        this.dsl = signIn.dsl();
    }

    /** The tenant whose identity provider signs in addresses of the domain. */
    Optional<UUID> tenantFor(EmailDomain domain) {
        return Optional.ofNullable(dsl.fetchOne("select payerlink_sso_tenant_for_domain(?)", domain.value())
            .get(0, UUID.class));
    }

    Optional<ProviderRow> provider(UUID tenantId) {
        return dsl.fetchOptional("select * from payerlink_sso_provider(?)", tenantId).map(r -> new ProviderRow(tenantId,
                new IssuerUrl(r.get("issuer_url", String.class)), r.get("client_id", String.class),
                r.get("client_secret_sealed", String.class), Role.valueOf(r.get("new_user_role", String.class)),
                Arrays.stream(r.get("domains", String[].class)).map(EmailDomain::new).toList()));
    }

    /**
     * The tenant's user with the address, created with the tenant's role when nobody has it; empty when the address
     * belongs to another tenant or to platform staff (or is outside the tenant's domains).
     */
    Optional<MatchedUser> user(UUID tenantId, EmailAddress email, String displayName) {
        return dsl.fetchOptional("select * from payerlink_sso_user(?, ?, ?)", tenantId, email.value(), displayName)
            .map(SsoDirectory::matched);
    }

    /**
     * The tenant to send a password sign-in of this address to: its domain's, when that tenant signs in by single
     * sign-on only and the address is nobody's outside it.
     */
    Optional<UUID> ssoOnlyTenantFor(EmailAddress email) {
        return Optional.ofNullable(dsl.fetchOne("select payerlink_sso_only_tenant_for(?)", email.value()).get(0, UUID.class));
    }

    /** Whether the user's tenant refuses password sign-in. */
    boolean ssoOnly(UUID userId) {
        return Boolean.TRUE.equals(dsl.fetchOne("select payerlink_sso_only(?)", userId).get(0, Boolean.class));
    }

    private static MatchedUser matched(Record r) {
        return new MatchedUser(r.get("id", UUID.class), r.get("tenant_id", UUID.class), r.get("tenant_name", String.class),
                new EmailAddress(r.get("email", String.class)), r.get("display_name", String.class),
                Role.valueOf(r.get("role", String.class)), Boolean.TRUE.equals(r.get("enabled", Boolean.class)),
                r.get("security_stamp", Integer.class), Boolean.TRUE.equals(r.get("created", Boolean.class)));
    }

    /** A tenant's provider as the OAuth2 client needs it. */
    record ProviderRow(UUID tenantId, IssuerUrl issuer, String clientId, String sealedSecret, Role newUserRole,
            List<EmailDomain> domains) {
    }

    /** The user an SSO sign-in found or just created. */
    record MatchedUser(UUID id, UUID tenantId, String tenantName, EmailAddress email, String displayName, Role role,
            boolean enabled, Integer securityStamp, boolean created) {
    }

}
