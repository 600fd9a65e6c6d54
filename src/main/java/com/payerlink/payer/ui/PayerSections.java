package com.payerlink.payer.ui;

import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.ui.AccountSection;
import com.payerlink.account.ui.StackStepSection;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.payerlink.payer.domain.PayerMemberService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The payer feature's parts of an account's page and of its wizard, each for the accounts it concerns only: a
 * limited customer account's extraction from the MSP's payer and the export to create there, and the members of a
 * management (payer) account that passed verification.
 */
@Configuration(proxyBeanMethods = false)
class PayerSections {

    private static final Set<AccountState> VERIFIED = EnumSet.of(AccountState.AWAITING_SUPPORT, AccountState.PROCESSING,
            AccountState.READY);

    /** "Extraction from your payer" on the page of a limited customer account. */
    @Bean
    AccountSection limitedSection(LimitedExtractionService limited, CustomerService customers) {
        return account -> account.method() != ConnectionMethod.MSP_LIMITED ? Optional.empty()
                : Optional.of(new LimitedPanel(account, limited, customers));
    }

    /** The organization's members on the page of a management (payer) account that passed verification. */
    @Bean
    AccountSection membersSection(PayerMemberService members, CustomerService customers) {
        return account -> !account.method().isManagementAccount() || !VERIFIED.contains(account.state())
                ? Optional.empty() : Optional.of(new MembersPanel(account, members, customers));
    }

    /** In wizard step 5 of a limited customer account: the Data Export to create in the MSP's payer. */
    @Bean
    StackStepSection limitedExportStepSection(LimitedExtractionService limited) {
        return account -> account.method() != ConnectionMethod.MSP_LIMITED ? Optional.empty()
                : Optional.of(new LimitedExportStep(limited.setupOf(account.id()).orElse(null)));
    }

}
