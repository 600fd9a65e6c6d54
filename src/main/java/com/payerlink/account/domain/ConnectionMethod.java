package com.payerlink.account.domain;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;

/** How the platform reads an account's cost data (the seed's prerequisites). */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ConnectionMethod {

    DIRECT_MANAGEMENT("Direct management account", "A Direct-to-AWS management (payer) account."),
    MSP_SINGLE("MSP customer account", "One MSP/reseller customer account."),
    MSP_MULTIPLE("MSP customer accounts, one connection",
            "Several customer accounts read through one connection; a support ticket lists them after registration."),
    MSP_LIMITED("Limited customer account", "The end customer connects the account through an invitation; you watch progress.");

    private final String label;

    private final String description;

    /** Management accounts may list their organization's accounts. */
    public boolean isManagementAccount() {
        return this == DIRECT_MANAGEMENT;
    }

}
