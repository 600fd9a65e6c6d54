package com.payerlink.payer.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.ui.AccountSection;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.PayerMemberService;
import com.vaadin.flow.component.Component;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.EnumSet;
import java.util.Optional;

/** Adds the organization's members to the page of a management (payer) account that passed verification. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MembersSection implements AccountSection {

    private final PayerMemberService members;

    private final CustomerService customers;

    @Override
    public Optional<Component> create(CustomerAccount account) {
        if (!account.method().isManagementAccount() || !EnumSet.of(AccountState.AWAITING_SUPPORT,
                AccountState.PROCESSING, AccountState.READY).contains(account.state())) {
            return Optional.empty();
        }
        return Optional.of(new MembersPanel(account, members, customers));
    }

}
