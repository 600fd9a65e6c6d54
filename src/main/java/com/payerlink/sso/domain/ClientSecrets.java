package com.payerlink.sso.domain;

import com.payerlink.core.PortalKeys;
import com.payerlink.core.PortalSettings;
import com.payerlink.core.SecretSeal;
import org.springframework.stereotype.Component;

import java.security.GeneralSecurityException;

/** Seals the identity providers' client secrets for the database and opens them for the OAuth2 client only. */
@Component
class ClientSecrets {

    private final SecretSeal seal;

    ClientSecrets(SsoSettings settings, PortalSettings portal) {
        this.seal = new SecretSeal(PortalKeys.key(settings.secretKey(), portal.dataDir().resolve("sso-secret.key"),
                "payerlink.sso.secret-key"));
    }

    String seal(String secret) {
        return seal.seal(secret);
    }

    String open(String sealed) {
        try {
            return seal.open(sealed);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("A client secret of single sign-on cannot be opened: payerlink.sso.secret-key"
                    + " is not the key it was saved with (every portal node needs the same key). The org admin must"
                    + " enter the client secret again.", e);
        }
    }

}
