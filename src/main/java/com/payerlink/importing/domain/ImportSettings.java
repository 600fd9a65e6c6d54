package com.payerlink.importing.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the CSV import ({@code payerlink.import.*}).
 *
 * @param maxBytes             the largest file an upload accepts (default 20 MB)
 * @param maxRows              the most account lines one file may have (default 200,000)
 * @param concurrentPerTenant  previews and applies one tenant may run at once on a portal node (default 2)
 * @param concurrentPerNode    previews and applies all tenants together may run at once on a portal node (default 4)
 */
@ConfigurationProperties("payerlink.import")
public record ImportSettings(DataSize maxBytes, Integer maxRows, Integer concurrentPerTenant,
        Integer concurrentPerNode) {

    public ImportSettings {
        if (maxBytes == null) {
            maxBytes = DataSize.ofMegabytes(20);
        }
        if (maxRows == null) {
            maxRows = 200_000;
        }
        if (concurrentPerTenant == null) {
            concurrentPerTenant = 2;
        }
        if (concurrentPerNode == null) {
            concurrentPerNode = 4;
        }
        requirePositive("max-rows", maxRows);
        requirePositive("concurrent-per-tenant", concurrentPerTenant);
        requirePositive("concurrent-per-node", concurrentPerNode);
    }

    private static void requirePositive(String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("payerlink.import." + setting + " is " + value + "; set it to 1 or more"
                    + " (or remove it for the default).");
        }
    }

}
