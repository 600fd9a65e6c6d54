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
import com.payerlink.tenant.domain.DemoData;
import com.payerlink.tenant.domain.DemoSeed;
import com.payerlink.tenant.domain.DemoTenants;

import java.util.List;
import java.util.Optional;

/**
 * Demo profile only: one pending Northwind invitation, for a limited customer account that still
 * has customer steps to do (one of the accounts' demo data, else one made here).
 */
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationDemoData implements DemoSeed {

    private final InvitationService invitations;

    private final AccountService accounts;

    @Override
    public void seed(DemoTenants tenants) {
        tenants.seedOnce(DemoTenants.NORTHWIND, () -> !invitations.invitations().isEmpty(), this::invite);
    }

    private String invite() {
        CustomerAccount account = limitedAccount().orElseGet(() -> accounts.create(Partition.AWS,
                new AccountDetails("390000000001", "Litware Shop", ConnectionMethod.MSP_LIMITED, "cloud@litware.test")));
        InvitationOutcome outcome = invitations.send(List.of(account.id()));
        return outcome.message() + " (a pending invitation; its link is in the org admin's outbox)";
    }

    private Optional<CustomerAccount> limitedAccount() {
        List<AccountSummary> limited = accounts.matching(AccountQuery.all().withMethod(ConnectionMethod.MSP_LIMITED)).page(0, 100);
        return limited.stream().map(a -> accounts.get(a.id()))
            .filter(a -> !a.isRegistered() && a.state().isInWizard() && !a.contactEmails().isEmpty())
            .findFirst();
    }

    @Override
    public int getOrder() {
        return 41;
    }

}
