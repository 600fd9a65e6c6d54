package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Demo profile only: the demo's MSPs as the other features' demo data find and fill them. */
@Component
@Profile("demo")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoTenants {

    public static final String NORTHWIND = "Northwind MSP";

    public static final String CONTOSO = "Contoso Cloud";

    private final TenantService tenantService;

    private final ScopedTransactions scoped;

    /** The demo tenant's id; empty when the tenant demo data did not create it (e.g. an existing database). */
    public Optional<UUID> idOf(String tenantName) {
        return scoped.call(DatabaseScope.platform(), () -> tenantService.tenantIdByName(tenantName));
    }

    /** Runs the work in one transaction as the demo tenant's system, if the tenant exists. */
    public void inTenant(String tenantName, Runnable work) {
        idOf(tenantName).ifPresent(tenantId -> scoped.run(DatabaseScope.tenantSystem(tenantId), work));
    }

}
