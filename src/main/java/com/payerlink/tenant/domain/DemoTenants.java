package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Demo profile only: the demo's MSPs as the other features' demo data find and fill them. */
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoTenants {

    public static final String NORTHWIND = "Northwind MSP";

    public static final String CONTOSO = "Contoso Cloud";

    private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

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

    /**
     * Seeds the demo tenant once: in one transaction as its system (a start that fails half-way leaves no half-seeded
     * tenant behind), unless the tenant does not exist or {@code seeded} finds the seed there already. The seed says
     * what it added, for the log (null: nothing).
     */
    public void seedOnce(String tenantName, BooleanSupplier seeded, Supplier<@Nullable String> seed) {
        inTenant(tenantName, () -> {
            if (!seeded.getAsBoolean()) {
                logged(seed.get());
            }
        });
    }

    /** Logs what a demo seed added. */
    public void logged(@Nullable String added) {
        if (added != null) {
            log.info("Demo data: {}", added);
        }
    }

}
