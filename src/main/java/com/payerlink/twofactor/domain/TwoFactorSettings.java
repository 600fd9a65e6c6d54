package com.payerlink.twofactor.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Two-factor sign-in's settings ({@code payerlink.two-factor.*}).
 *
 * @param key             base64 of 32 random bytes, the same on every node: encrypts the authenticator secrets and
 *                        signs remembered browsers; empty: a key made once and kept in the data directory
 * @param issuer          the name authenticator apps show beside the code
 * @param rememberBrowser how long "remember this browser" skips the code
 */
@ConfigurationProperties("payerlink.two-factor")
public record TwoFactorSettings(@DefaultValue("") String key, @DefaultValue("Payerlink") String issuer,
        @DefaultValue("P30D") Duration rememberBrowser) {

    @Override
    public String toString() {
        return "TwoFactorSettings[key=" + (key.isBlank() ? "" : "***") + ", issuer=" + issuer + ", rememberBrowser="
                + rememberBrowser + "]";
    }

}
