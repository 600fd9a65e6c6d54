package com.payerlink.sso.domain;

import com.payerlink.core.PortalSettings;
import com.payerlink.core.SecretSeal;
import org.springframework.stereotype.Component;

/** Seals the identity providers' client secrets for the database and opens them for the OAuth2 client only. */
@Component
class ClientSecrets {

    private final SecretSeal seal;

    ClientSecrets(SsoSettings settings, PortalSettings portal) {
        this.seal = new SecretSeal(settings.secretKey(), portal.dataDir().resolve("sso-secret.key"), "payerlink.sso.secret-key");
    }

    String seal(String secret) {
        return seal.seal(secret);
    }

    /** @throws IllegalStateException when the key is not the one the secret was saved with */
    String open(String sealed) {
        return seal.open(sealed, "The org admin must enter the client secret of single sign-on again.");
    }

}
