package com.payerlink.invitation.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.tenant.domain.DemoTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Demo profile only: one pending Northwind invitation, for a limited customer account that still
 * has customer steps to do (one of the accounts' demo data, else one made here).
 */
@Component
@Profile("demo")
@Order(41)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InvitationDemoData.class);

    private final InvitationService invitations;

    private final AccountService accounts;

    private final DemoTenants demoTenants;

    @Override
    public void run(ApplicationArguments args) {
        demoTenants.inTenant(DemoTenants.NORTHWIND, this::invite);
    }

    private void invite() {
        if (!invitations.invitations().isEmpty()) {
            return;
        }
        CustomerAccount account = limitedAccount().orElseGet(() -> accounts.create(Partition.AWS,
                new AccountDetails("390000000001", "Litware Shop", ConnectionMethod.MSP_LIMITED, "cloud@litware.test")));
        InvitationOutcome outcome = invitations.send(List.of(account.id()));
        log.info("Demo data: {} (a pending invitation; its link is in the org admin's outbox)", outcome.message());
    }

    private Optional<CustomerAccount> limitedAccount() {
        List<AccountSummary> limited = accounts.page(AccountQuery.all().withMethod(ConnectionMethod.MSP_LIMITED), 0, 100);
        return limited.stream().map(a -> accounts.get(a.id()))
            .filter(a -> !a.isRegistered() && a.state().isInWizard() && !a.contactEmails().isEmpty())
            .findFirst();
    }

}
