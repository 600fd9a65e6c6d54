package com.payerlink.sso.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of single sign-on ({@code payerlink.sso.*}).
 *
 * @param secretKey       base64 of 32 bytes that seals the providers' client secrets (every node needs the same);
 *                        empty: a key made once and kept in {@code <payerlink.data-dir>/sso-secret.key}
 * @param discoveryCache  how long a provider's discovered configuration (endpoints, keys URL) is reused
 */
@ConfigurationProperties("payerlink.sso")
public record SsoSettings(@DefaultValue("") String secretKey, @DefaultValue("PT1H") Duration discoveryCache) {

    // the key stays out of logs and error messages
    @Override
    public String toString() {
        return "SsoSettings[secretKey=" + (secretKey.isEmpty() ? "" : "***") + ", discoveryCache=" + discoveryCache + "]";
    }

}
