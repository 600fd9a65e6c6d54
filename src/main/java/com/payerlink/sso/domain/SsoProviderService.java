package com.payerlink.sso.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.PortalSettings;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.TenantSsoRecord;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The tenant's identity provider for single sign-on, managed by its org admins; every change is audited. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SsoProviderService {

    private final SsoProviderDAO dao;

    private final SsoDirectory directory;

    private final TenantClientRegistrations registrations;

    private final ClientSecrets secrets;

    private final AuditLog auditLog;

    private final PortalSettings portal;

    /** The tenant's provider, if it has one. Org admins only. */
    @Transactional(readOnly = true)
    public Optional<SsoProvider> current() {
        UUID tenant = requireOrgAdmin();
        return dao.find(tenant).map(row -> toProvider(row, dao.domains(tenant)));
    }

    /** Where the tenant's provider must send users back: register it at the provider with the client id. */
    public String redirectUri() {
        return portal.baseUrl().replaceAll("/+$", "") + TenantClientRegistrations.REDIRECT_PATH + requireOrgAdmin();
    }

    /**
     * Saves the tenant's provider after checking the input, that each domain is no other tenant's, and that the
     * issuer's discovery document can be read. Org admins only.
     *
     * @param seenVersion the version the org admin saw, or null for a first save
     * @throws InvalidInputException naming the field to fix; nothing is saved
     */
    @Transactional
    public SsoProvider save(SsoProviderInput input, Integer seenVersion) {
        UUID tenant = requireOrgAdmin();
        Optional<TenantSsoRecord> saved = dao.find(tenant);
        ValidInput valid = validate(input, saved.isEmpty());
        requireDomainsFree(tenant, valid.domains());
        requireOwnDomainWhenSsoOnly(valid);
        try {
            registrations.rediscover(valid.issuer());
        }
        catch (ProviderUnreachableException e) {
            throw new InvalidInputException("issuerUrl", e.getMessage() + " Check the issuer URL, and that the provider"
                    + " is reachable from Payerlink.");
        }
        TenantSsoRecord row = saved.orElseGet(() -> dao.insert(tenant));
        row.setIssuerUrl(valid.issuer().value());
        row.setClientId(valid.clientId());
        if (valid.secret() != null) {
            row.setClientSecretSealed(secrets.seal(valid.secret()));
        }
        row.setNewUserRole(valid.role().name());
        row.setSsoOnly(valid.ssoOnly());
        dao.store(row, seenVersion == null ? 0 : seenVersion);
        try {
            dao.replaceDomains(tenant, valid.domains());
        }
        catch (DuplicateKeyException raced) {
            throw new InvalidInputException("domains", "One of these domains was just taken by another organisation's"
                    + " single sign-on. Remove it, or ask Payerlink support.");
        }
        auditLog.record("SSO_SETTINGS_CHANGED", describe(valid));
        return toProvider(row, valid.domains());
    }

    /** Ends single sign-on for the tenant; its users sign in with passwords again. Org admins only. */
    @Transactional
    public void remove(int seenVersion) {
        UUID tenant = requireOrgAdmin();
        dao.find(tenant).ifPresent(row -> {
            dao.delete(row, seenVersion);
            auditLog.record("SSO_SETTINGS_REMOVED", "issuer " + row.getIssuerUrl());
        });
    }

    private static UUID requireOrgAdmin() {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        return CurrentScope.requireTenant();
    }

    private static ValidInput validate(SsoProviderInput input, boolean first) {
        IssuerUrl issuer = InvalidInputException.inField("issuerUrl", () -> new IssuerUrl(input.issuerUrl()));
        String clientId = input.clientId() == null ? "" : input.clientId().strip();
        if (clientId.isEmpty() || clientId.length() > 255) {
            throw new InvalidInputException("clientId", "Enter the client id (application id) that your identity"
                    + " provider gave Payerlink, at most 255 characters.");
        }
        String secret = input.clientSecret() == null || input.clientSecret().isBlank() ? null : input.clientSecret().strip();
        if (first && secret == null) {
            throw new InvalidInputException("clientSecret", "Enter the client secret that your identity provider gave"
                    + " Payerlink; it is stored encrypted and never shown again.");
        }
        List<EmailDomain> domains = InvalidInputException.inField("domains", () -> EmailDomain.parseList(input.domains()));
        Role role = input.newUserRole() == null ? Role.VIEWER : input.newUserRole();
        if (!role.isTenantRole()) {
            throw new InvalidInputException("newUserRole", "Choose Org admin, Operator or Viewer for new users.");
        }
        return new ValidInput(issuer, clientId, secret, domains, role, input.ssoOnly());
    }

    private void requireDomainsFree(UUID tenant, List<EmailDomain> domains) {
        for (EmailDomain domain : domains) {
            directory.tenantFor(domain).filter(owner -> !owner.equals(tenant)).ifPresent(owner -> {
                throw new InvalidInputException("domains", domain + " already signs in through another organisation's"
                        + " identity provider; a domain can belong to one organisation only. Remove it from the list.");
            });
        }
    }

    // with SSO only, an org admin whose own address is outside the domains would lock themselves out
    private static void requireOwnDomainWhenSsoOnly(ValidInput valid) {
        Optional<EmailDomain> own = EmailAddress.tryParse(CurrentScope.actor()).map(EmailDomain::of);
        if (valid.ssoOnly() && own.isPresent() && !valid.domains().contains(own.get())) {
            throw new InvalidInputException("ssoOnly", "With SSO only you could no longer sign in: your own address is"
                    + " not in the allowed domains. Add " + own.get() + " to the domains, or leave SSO only off.");
        }
    }

    private SsoProvider toProvider(TenantSsoRecord row, List<EmailDomain> domains) {
        return new SsoProvider(new IssuerUrl(row.getIssuerUrl()), row.getClientId(), domains,
                Role.valueOf(row.getNewUserRole()), row.getSsoOnly(), redirectUri(), row.getVersion());
    }

    private static String describe(ValidInput valid) {
        return "issuer " + valid.issuer() + ", client id " + valid.clientId()
                + ", domains " + valid.domains().stream().map(EmailDomain::value).collect(Collectors.joining(", "))
                + ", new users " + valid.role().label() + ", SSO only " + (valid.ssoOnly() ? "on" : "off")
                + (valid.secret() == null ? "" : ", client secret changed");
    }

    private record ValidInput(IssuerUrl issuer, String clientId, @org.jspecify.annotations.Nullable String secret,
            List<EmailDomain> domains, Role role, boolean ssoOnly) {
    }

}
