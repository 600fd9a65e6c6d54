package com.payerlink.invitation.domain;

import com.payerlink.account.domain.CustomerAccount;

import java.net.URI;

/** What the end customer's page shows: the one account, its template and quick-create link. */
public record CustomerSteps(String mspName, CustomerAccount account, String template, URI quickCreateLink,
        boolean completed) {
}
