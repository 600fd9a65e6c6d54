package com.payerlink.payer.ui;

import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.AccountSection;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.vaadin.flow.component.Component;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Optional;

/** Adds "Extraction from your payer" to the page of a limited customer account. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LimitedSection implements AccountSection {

    private final LimitedExtractionService limited;

    private final CustomerService customers;

    @Override
    public Optional<Component> create(CustomerAccount account) {
        if (account.method() != ConnectionMethod.MSP_LIMITED) {
            return Optional.empty();
        }
        return Optional.of(new LimitedPanel(account, limited, customers));
    }

}
