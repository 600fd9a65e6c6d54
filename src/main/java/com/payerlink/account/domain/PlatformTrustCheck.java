package com.payerlink.account.domain;

import com.payerlink.core.PlatformNotice;
import com.payerlink.core.ProductionSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
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

    PlatformTrustCheck(CloudFormationSettings settings) {
        this.settings = settings;
        String message = settings.notConfiguredMessage();
        if (message != null) {
            log.warn(message);
        }
    }

    /**
     * In production, refuses to start on the placeholders before any bean is made: a refusal must not depend on which
     * bean the context happens to create first.
     */
    @Bean
    static BeanFactoryPostProcessor productionRefusesPlaceholders(Environment env) {
        return beanFactory -> {
            if (!ProductionSettings.isProduction(env)) {
                return;
            }
            Binder.get(env).bind("payerlink.cloudformation", CloudFormationSettings.class)
                .map(CloudFormationSettings::placeholderSettings)
                .ifBound(placeholders -> {
                    if (!placeholders.isEmpty()) {
                        throw new IllegalStateException("payerlink.production is on, but these settings are still the "
                                + "placeholders shipped with Payerlink, which a stranger could own: set "
                                + String.join(", ", placeholders) + ".");
                    }
                });
        };
    }

    // tenant users are told by the wizard and the invitation page, where it matters to them
    @Override
    public @Nullable Notice now() {
        String message = settings.notConfiguredMessage();
        return message == null ? null : new Notice(message, null);
    }

}
