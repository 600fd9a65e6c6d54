package com.payerlink.verification.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.AccountSection;
import com.payerlink.core.security.Roles;
import com.payerlink.verification.domain.OrganizationService;
import com.payerlink.verification.domain.VerificationService;
import com.payerlink.core.ui.ViewBackgroundWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.Optional;

/** Adds the verification panel to the page of every registered account. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VerificationSection implements AccountSection {

    private final VerificationService verificationService;

    private final OrganizationService organizationService;

    private final AuthenticationContext authenticationContext;

    private final ViewBackgroundWork background;

    @Override
    public Optional<Component> create(CustomerAccount account) {
        return create(account, () -> {
        });
    }

    @Override
    public Optional<Component> create(CustomerAccount account, Runnable accountChanged) {
        if (!account.isRegistered()) {
            return Optional.empty();
        }
        boolean mayEdit = authenticationContext.hasAnyRole(Roles.ORG_ADMIN, Roles.OPERATOR);
        return Optional.of(new VerificationPanel(account, verificationService, organizationService, mayEdit,
                background, accountChanged));
    }

}
