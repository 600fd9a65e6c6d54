package com.payerlink.account.domain;

import com.payerlink.core.PlatformNotice;
import com.payerlink.core.ProductionSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start: in production the platform's trust settings are required (the portal does not start on the shipped
 * placeholders); elsewhere the portal starts and says in its log what it will not hand out.
 */
@Component
class PlatformTrustCheck implements PlatformNotice {

    private static final Logger log = LoggerFactory.getLogger(PlatformTrustCheck.class);

    private final CloudFormationSettings settings;

    PlatformTrustCheck(CloudFormationSettings settings, Environment env) {
        this.settings = settings;
        if (settings.placeholderSettings().isEmpty()) {
            return;
        }
        if (ProductionSettings.isProduction(env)) {
            throw new IllegalStateException("payerlink.production is on, but these settings are still the placeholders "
                    + "shipped with Payerlink, which a stranger could own: set "
                    + String.join(", ", settings.placeholderSettings()) + ".");
        }
        String message = settings.notConfiguredMessage();
        if (message != null) {
            log.warn(message);
        }
    }

    // tenant users are told by the wizard and the invitation page, where it matters to them
    @Override
    public @Nullable Notice now() {
        String message = settings.notConfiguredMessage();
        return message == null ? null : new Notice(message, null);
    }

}
