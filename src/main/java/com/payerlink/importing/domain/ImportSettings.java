package com.payerlink.importing.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the CSV import ({@code payerlink.import.*}).
 *
 * @param maxBytes the largest file an upload accepts (default 20 MB)
 */
@ConfigurationProperties("payerlink.import")
public record ImportSettings(DataSize maxBytes) {

    public ImportSettings {
        if (maxBytes == null) {
            maxBytes = DataSize.ofMegabytes(20);
        }
    }

}
