package com.payerlink.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A browser without a screen for the authorization code flow: keeps its cookies (the portal's session) and follows
 * each redirect by hand, from the portal to the identity provider and back, so the test sees every step.
 */
public final class CodeFlow {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient http = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    private final URI portal;

    /** Every address this browser was sent to, in order. */
    public final List<URI> visited = new ArrayList<>();

    public CodeFlow(int port) {
        this.portal = URI.create("http://localhost:" + port + "/");
    }

    /**
     * Opens the portal path that starts an SSO sign-in and follows the redirects through the provider until the portal
     * sends the browser somewhere else than its OAuth2 endpoints.
     *
     * @return the path (and query) where the sign-in landed, e.g. {@code /} or {@code /login/sso?error=…}
     */
    public String signIn(String startPath) {
        URI next = portal.resolve(startPath);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = get(next);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                throw new AssertionError("The sign-in stopped at " + next + " with " + response.statusCode() + ": "
                        + response.body());
            }
            next = next.resolve(location);
            boolean onPortal = next.getPort() == portal.getPort();
            if (onPortal && !next.getPath().startsWith("/login/oauth2/") && !next.getPath().startsWith("/oauth2/")) {
                return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            }
        }
        throw new AssertionError("Too many redirects: " + visited);
    }

    /** A cookie this browser kept from an earlier visit (e.g. a remembered browser's), sent to the portal from now on. */
    public void sendCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(portal, cookie);
    }

    /** The status of a portal page with this browser's session (200 signed in; a redirect to the login view if not). */
    public int status(String path) {
        return get(portal.resolve(path)).statusCode();
    }

    private HttpResponse<String> get(URI uri) {
        visited.add(uri);
        try {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
