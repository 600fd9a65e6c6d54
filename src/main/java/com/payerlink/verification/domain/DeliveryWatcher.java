package com.payerlink.verification.domain;

import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import com.payerlink.verification.aws.AwsProblem;
import com.payerlink.verification.aws.DeliveryProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The periodic look for first deliveries: a PROCESSING account whose report manifest has arrived under its
 * prefix becomes READY (and its contacts hear that dashboards are ready).
 */
@Component
class DeliveryWatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWatcher.class);

    private static final int PAGE = 500;

    private final TenantService tenantService;

    private final AccountService accountService;

    private final AccountStateService accountStates;

    private final DeliveryProbe probe;

    private final ScopedTransactions scoped;

    DeliveryWatcher(TenantService tenantService, AccountService accountService, AccountStateService accountStates,
            DeliveryProbe probe, ScopedTransactions scoped) {
        this.scoped = scoped;
        this.tenantService = tenantService;
        this.accountService = accountService;
        this.accountStates = accountStates;
        this.probe = probe;
    }

    /** Every tenant's PROCESSING accounts; returns how many became READY. */
    int checkProcessingAccounts() {
        int ready = 0;
        for (Tenant tenant : scoped.call(DatabaseScope.platform(), tenantService::tenants)) {
            // the tenant's scope without one transaction around it: AWS probes run between its accounts' own
            ready += CurrentScope.callAs(DatabaseScope.tenantSystem(tenant.id()), this::checkTenant);
        }
        return ready;
    }

    /** The current tenant's PROCESSING accounts; returns how many became READY. */
    int checkTenant() {
        AccountQuery processing = AccountQuery.all().withState(AccountState.PROCESSING);
        List<UUID> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<AccountSummary> page = accountService.page(processing, offset, PAGE);
            page.forEach(a -> ids.add(a.id()));
            if (page.size() < PAGE) {
                break;
            }
        }
        int ready = 0;
        for (UUID id : ids) {
            try {
                CustomerAccount account = accountService.get(id);
                var manifest = probe.firstManifest(VerificationRunner.connectionOf(account));
                if (manifest.isPresent() && accountStates.markReady(id, "report manifest " + manifest.get())) {
                    ready++;
                }
            }
            catch (AwsProblem | AccountNotFoundException e) {
                // stays PROCESSING; the next round looks again
                log.debug("No delivery check for {}: {}", id, e.getMessage());
            }
        }
        return ready;
    }

}
