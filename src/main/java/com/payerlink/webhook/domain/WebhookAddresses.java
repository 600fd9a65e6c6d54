package com.payerlink.webhook.domain;

import com.payerlink.core.InvalidInputException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a webhook may call: http or https, a host and nothing else of a user's, and, unless
 * {@code payerlink.webhook.allow-private-addresses} is on, a host whose every address is public. So a tenant cannot
 * make the portal call its own network (loopback, private, link-local such as the cloud metadata service, unique
 * local, carrier-grade NAT, multicast). Checked when a webhook is saved and again before every attempt, since a
 * name's addresses can change.
 */
public final class WebhookAddresses {

    public static final String FIELD = "url";

    private final boolean allowPrivate;

    private final Resolver resolver;

    /** Looks a host's addresses up (DNS); replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {

        InetAddress[] resolve(String host) throws UnknownHostException;

    }

    public WebhookAddresses(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public WebhookAddresses(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL, if a webhook may call it. */
    public URI require(String url) {
        URI uri = parse(url);
        if (allowPrivate) {
            return uri;
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        }
        catch (UnknownHostException e) {
            throw new InvalidInputException(FIELD, "The host " + host + " has no address in DNS. Check its spelling,"
                    + " or wait until its DNS record exists.");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new InvalidInputException(FIELD, "The host " + host + " is the internal address "
                        + address.getHostAddress() + ": webhooks go only to public addresses. Give a URL on the"
                        + " internet that your receiver answers on.");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        String trimmed = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        }
        catch (URISyntaxException e) {
            throw new InvalidInputException(FIELD, "This is not a URL: " + e.getReason()
                    + ". Give it like https://hooks.example.com/payerlink.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidInputException(FIELD, "A webhook URL starts with https:// (or http://). Give it like"
                    + " https://hooks.example.com/payerlink.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException(FIELD, "The URL names no host. Give it like https://hooks.example.com/payerlink.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(FIELD, "Leave the user name and password out of the URL: the signature"
                    + " header proves that a request comes from Payerlink.");
        }
        if (trimmed.length() > 2000) {
            throw new InvalidInputException(FIELD, "The URL is longer than 2,000 characters; give a shorter one.");
        }
        return uri;
    }

    /** Loopback, any-local, private, link-local, unique local, carrier-grade NAT, benchmark, multicast or reserved. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first >= 240 // "this network", reserved and broadcast
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0); // IETF protocol assignments
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            if (embedsIpv4(b)) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                }
                catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** IPv4-compatible ::a.b.c.d, IPv4-mapped ::ffff:a.b.c.d (when not already unwrapped) or NAT64 64:ff9b::a.b.c.d. */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean compatibleOrMapped = zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return compatibleOrMapped || nat64;
    }

}
