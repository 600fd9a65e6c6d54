package com.payerlink.sso.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The OAuth2 client's registrations, one per tenant with single sign-on, read from the tenant's settings: the
 * registration id is the tenant's id. Endpoints and keys come from the provider's discovery document, read once per
 * issuer and kept for {@code payerlink.sso.discovery-cache}; the client id and secret are read on every use, so a
 * change of them applies at once on every node.
 */
@Component
public class TenantClientRegistrations implements ClientRegistrationRepository {

    /** The path that starts a tenant's sign-in, followed by the tenant's id (Spring Security's default). */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/";

    /** Where providers send users back, followed by the tenant's id (Spring Security's default). */
    public static final String REDIRECT_PATH = "/login/oauth2/code/";

    private final SsoDirectory directory;

    private final ClientSecrets secrets;

    private final Cache<String, ClientRegistration> discovered;

    TenantClientRegistrations(SsoDirectory directory, ClientSecrets secrets, SsoSettings settings) {
        this.directory = directory;
        this.secrets = secrets;
        this.discovered = Caffeine.newBuilder().expireAfterWrite(settings.discoveryCache()).maximumSize(10_000).build();
    }

    /**
     * @throws ProviderUnreachableException when the provider's discovery document cannot be read
     */
    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        Optional<UUID> tenant = parse(registrationId);
        if (tenant.isEmpty()) {
            return null;
        }
        return directory.provider(tenant.get())
            .map(p -> ClientRegistration.withClientRegistration(discover(p.issuer()))
                .registrationId(registrationId)
                .clientId(p.clientId())
                .clientSecret(secrets.open(p.sealedSecret()))
                .build())
            .orElse(null);
    }

    /**
     * The provider's configuration from its discovery document, from the cache while it is fresh.
     *
     * @throws ProviderUnreachableException when the document cannot be read or is not the issuer's
     */
    ClientRegistration discover(IssuerUrl issuer) {
        return discovered.get(issuer.value(), TenantClientRegistrations::read);
    }

    /** Reads the provider's discovery document afresh (an org admin saving the settings checks it). */
    ClientRegistration rediscover(IssuerUrl issuer) {
        discovered.invalidate(issuer.value());
        return discover(issuer);
    }

    static UUID tenantOf(ClientRegistration registration) {
        return UUID.fromString(registration.getRegistrationId());
    }

    private static ClientRegistration read(String issuer) {
        try {
            return ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId("discovery")
                .clientId("discovery")
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}" + REDIRECT_PATH + "{registrationId}")
                .build();
        }
        catch (RuntimeException e) {
            throw new ProviderUnreachableException(issuer, e);
        }
    }

    private static Optional<UUID> parse(String registrationId) {
        try {
            return Optional.of(UUID.fromString(registrationId));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
