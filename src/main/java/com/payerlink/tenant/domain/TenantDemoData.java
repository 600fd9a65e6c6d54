package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/** Demo profile only: two MSPs and a user of every role, all with the password {@value #PASSWORD}. */
@DemoData
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TenantDemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(TenantDemoData.class);

    // what the features seed into the tenants once they exist
    private final ObjectProvider<DemoSeed> seeds;

    private final DemoTenants demoTenants;

    private final TenantService tenantService;

    private final ScopedTransactions scoped;

    @Override
    public void run(ApplicationArguments args) {
        seedTenants();
        seeds.orderedStream().forEach(seed -> seed.seed(demoTenants));
    }

    private void seedTenants() {
        scoped.run(DatabaseScope.platform(), () -> {
            if (tenantService.tenantIdByName(DemoTenants.NORTHWIND).isPresent()) {
                return;
            }
            tenantService.createPlatformUser(user("Pat Platform", "platform@payerlink.test", Role.PLATFORM_ADMIN));
            tenantService.createPlatformUser(user("Sam Support", "support@payerlink.test", Role.SUPPORT_AGENT));
            tenantService.create(new NewTenant(DemoTenants.NORTHWIND, "NW", user("Nora Admin", "admin@northwind.test", Role.ORG_ADMIN)));
            tenantService.addUserToTenant(DemoTenants.NORTHWIND, user("Oscar Operator", "operator@northwind.test", Role.OPERATOR));
            tenantService.addUserToTenant(DemoTenants.NORTHWIND, user("Vera Viewer", "viewer@northwind.test", Role.VIEWER));
            tenantService.create(new NewTenant(DemoTenants.CONTOSO, "CC", user("Carl Admin", "admin@contoso.test", Role.ORG_ADMIN)));
            log.info("Demo data: Northwind MSP and Contoso Cloud, users *@northwind.test, *@contoso.test, "
                    + "platform@payerlink.test, support@payerlink.test; password {}", PASSWORD);
        });
    }

    private static NewUser user(String name, String email, Role role) {
        return new NewUser(name, email, role, PASSWORD);
    }

}
