package com.payerlink.tenant.domain;

import org.springframework.core.Ordered;

/**
 * Demo profile only: one feature's demo data for the demo tenants. The tenants' demo data runs every seed after it
 * made the tenants, in {@link #getOrder()} order (accounts first, then what refers to them), on every start: a seed
 * adds its data only where it is missing ({@link DemoTenants#seedOnce}).
 */
public interface DemoSeed extends Ordered {

    void seed(DemoTenants tenants);

}
