package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.tenant.domain.DemoData;
import com.payerlink.tenant.domain.DemoSeed;
import com.payerlink.tenant.domain.DemoTenants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static com.payerlink.account.domain.AccountState.AWAITING_SUPPORT;
import static com.payerlink.account.domain.AccountState.AWAITING_VERIFICATION;
import static com.payerlink.account.domain.AccountState.DISCONNECTED;
import static com.payerlink.account.domain.AccountState.PROCESSING;
import static com.payerlink.account.domain.AccountState.READY;
import static com.payerlink.account.domain.AccountState.VERIFICATION_FAILED;
import static com.payerlink.account.domain.AccountState.VERIFYING;
import static com.payerlink.account.domain.ConnectionMethod.MSP_MULTIPLE;

/**
 * Demo profile only: customer accounts for the demo MSPs of {@code TenantDemoData}, at every wizard step and in every
 * state. The wizard part goes through {@link AccountService}, so the values are checked and the history is written as
 * an operator's would be; the states after registration, which only the verification jobs reach, go one by one
 * through {@link AccountStateService#move}, so the demo walks only the paths {@link AccountStateTransitions} allows.
 */
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountDemoData implements DemoSeed {

    private final AccountService accountService;

    private final AccountStateService accountStates;

    // About 40 accounts per demo tenant: every state, every wizard step, every connection method, some in AWS China.
    private static final String FILE = "demo-accounts.csv";

    @Override
    public void seed(DemoTenants tenants) {
        try (InputStream in = AccountDemoData.class.getResourceAsStream(FILE)) {
            DemoAccount.readByTenant(in).forEach((tenantName, demos) -> tenants.seedOnce(tenantName,
                    () -> accountService.matching(AccountQuery.all()).count() > 0, () -> {
                        demos.forEach(this::add);
                        return demos.size() + " customer accounts for " + tenantName;
                    }));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(DemoAccount d) {
        CustomerAccount a = accountService.create(d.partition(), new AccountDetails(d.accountId(), d.name(), d.method(), d.contacts()));
        if (d.step() >= 2) {
            a = accountService.savePartition(a.id(), a.version(), d.partition());
        }
        if (d.step() >= 3) {
            a = accountService.saveDetails(a.id(), a.version(), new AccountDetails(d.accountId(), d.name(), d.method(), d.contacts()));
        }
        if (d.step() >= 4) {
            a = accountService.confirmBillingAccess(a.id(), a.version(), true);
        }
        if (d.step() >= 5) {
            a = accountService.saveCurSettings(a.id(), a.version(), d.curSettings());
        }
        if (d.step() >= 6) {
            a = accountService.confirmStackCreated(a.id(), a.version());
        }
        if (d.roleArnSaved()) {
            a = accountService.saveRoleArns(a.id(), a.version(), d.roleArn());
        }
        if (d.state() == null) {
            return;
        }
        accountService.register(a.id(), a.version());
        AccountState from = AWAITING_VERIFICATION;
        for (AccountState to : pathTo(d.state(), d.method())) {
            accountStates.move(a.id(), to, reason(from, to));
            from = to;
        }
    }

    /** The states an account passes through after registration on its way to the target state. */
    private static List<AccountState> pathTo(AccountState target, ConnectionMethod method) {
        List<AccountState> path = new ArrayList<>();
        if (target == AWAITING_VERIFICATION) {
            return path;
        }
        path.add(VERIFYING);
        switch (target) {
            case VERIFYING -> {
            }
            case VERIFICATION_FAILED, AWAITING_SUPPORT -> path.add(target);
            default -> {
                if (method == MSP_MULTIPLE) {
                    path.add(AWAITING_SUPPORT);
                }
                path.add(PROCESSING);
                if (target == READY || target == DISCONNECTED) {
                    path.add(READY);
                }
                if (target == DISCONNECTED) {
                    path.add(DISCONNECTED);
                }
            }
        }
        return path;
    }

    private static String reason(AccountState from, AccountState to) {
        if (from == AWAITING_SUPPORT && to == PROCESSING) {
            return "the support ticket is resolved; initial data processing takes up to 72 hours";
        }
        return switch (to) {
            case VERIFYING -> "checking the role, the report definition and the CUR bucket against AWS";
            case VERIFICATION_FAILED -> "AssumeRole was denied (AccessDenied); check that the stack's ExternalId"
                    + " parameter is this account's ExternalId";
            case AWAITING_SUPPORT -> "connection verified; waiting for the support ticket that lists the customer"
                    + " accounts to be resolved";
            case PROCESSING -> "connection verified; initial data processing takes up to 72 hours";
            case READY -> "the cost dashboards are ready";
            case DISCONNECTED -> "the role can no longer be assumed; the Payerlink stack was deleted";
            default -> to.label();
        };
    }

    @Override
    public int getOrder() {
        return 20;
    }

}
