package com.payerlink.sso.domain;

import com.payerlink.core.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Set;

/**
 * An OpenID Connect issuer: the URL whose {@code /.well-known/openid-configuration} describes the provider, exactly as
 * the provider writes it in its tokens. HTTPS; plain HTTP only on this machine (a provider started beside the portal).
 */
public record IssuerUrl(String value) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    public IssuerUrl {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        URI uri = parse(value);
        boolean local = uri.getHost() != null && LOCAL_HOSTS.contains(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && local)) {
            throw new InvalidInputException(null, "The issuer URL must start with https://, e.g."
                    + " https://login.example.com/realms/acme (copy it from your identity provider's settings).");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new InvalidInputException(null, "The issuer URL has no ?query or #fragment; copy only the issuer,"
                    + " e.g. https://login.example.com/realms/acme.");
        }
    }

    private static URI parse(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null) {
                throw new URISyntaxException(value, "no host");
            }
            return uri;
        }
        catch (URISyntaxException e) {
            throw new InvalidInputException(null, "\"" + value + "\" is not a URL; copy the issuer URL from your identity"
                    + " provider, e.g. https://login.example.com/realms/acme.");
        }
    }

    @Override
    public String toString() {
        return value;
    }

}
