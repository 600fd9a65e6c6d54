package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.PortalSettings;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * First start on an empty database: creates the platform admin (PAYERLINK_ADMIN_EMAIL, else admin@payerlink.local)
 * with the password from PAYERLINK_ADMIN_PASSWORD, or a random one printed once to the log, which must be changed at
 * the first sign-in. With a real address, "Forgot password" mails them a link, as to any platform user.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
@Order(0)
class PlatformAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final TenantService tenantService;

    private final PortalSettings settings;

    private final ScopedTransactions scoped;

    @Override
    public void run(ApplicationArguments args) {
        scoped.run(DatabaseScope.platform(), () -> {
            if (tenantService.platformAdminExists()) {
                return;
            }
            String configuredPassword = settings.adminPassword();
            boolean generated = !StringUtils.hasText(configuredPassword);
            String password = generated ? randomPassword() : configuredPassword;
            UserAccount admin = tenantService.createPlatformUser(
                    new NewUser("Platform admin", settings.adminEmail(), Role.PLATFORM_ADMIN, password));
            if (generated) {
                // it stood in the log: the first sign-in asks for a new one
                tenantService.requirePasswordChange(admin.id());
                log.warn("""

                        ==================================================================
                          First start: created the platform admin
                            e-mail:   {}
                            password: {}
                          This password is shown only this once. At the first sign-in
                          you choose your own; this one stops working then.
                        ==================================================================""", settings.adminEmail(), password);
            }
            else {
                log.info("First start: created the platform admin {} with the password from PAYERLINK_ADMIN_PASSWORD",
                        settings.adminEmail());
            }
        });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
