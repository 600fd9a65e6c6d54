package com.payerlink.core;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The portal's own settings ({@code payerlink.*}); each feature has its own record under its own prefix.
 *
 * @param baseUrl       the portal's address as users reach it, for links in e-mails
 * @param dataDir       where the embedded PostgreSQL keeps its data when no {@code spring.datasource.url} is given
 * @param adminPassword first start only: the platform admin's password (empty: a random one is printed once)
 * @param adminEmail    first start only: the platform admin's e-mail address; a real one lets "Forgot password" mail
 *                      them a link like any platform user's
 */
@ConfigurationProperties("payerlink")
public record PortalSettings(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("./data") Path dataDir,
        @DefaultValue("") String adminPassword, @DefaultValue("admin@payerlink.local") String adminEmail) {

    public PortalSettings {
        adminPassword = adminPassword == null ? "" : adminPassword;
    }

    // the password stays out of logs and error messages
    @Override
    public String toString() {
        return "PortalSettings[baseUrl=" + baseUrl + ", dataDir=" + dataDir + ", adminPassword="
                + (adminPassword.isEmpty() ? "" : "***") + ", adminEmail=" + adminEmail + "]";
    }

}
