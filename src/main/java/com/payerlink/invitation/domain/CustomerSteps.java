package com.payerlink.invitation.domain;

import com.payerlink.account.domain.CustomerAccount;

import java.net.URI;

/**
 * What the end customer's page shows: the one account, its template and quick-create link (both null, and
 * {@code templateUnavailable} saying why, while the platform's trust settings are not set).
 */
public record CustomerSteps(String mspName, CustomerAccount account, String template, URI quickCreateLink,
        boolean completed, String templateUnavailable) {
}
