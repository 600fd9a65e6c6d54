package com.payerlink.verification.domain;

import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.TenantSweep;
import com.payerlink.verification.aws.AwsProblem;
import com.payerlink.verification.aws.DeliveryProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The periodic look for first deliveries: a PROCESSING account whose report manifest has arrived under its
 * prefix becomes READY (and its contacts hear that dashboards are ready). Fair across tenants: their accounts take
 * turns (one of each tenant, then the next of each), so a tenant with thousands of accounts in PROCESSING does not
 * make a small one wait for the whole sweep; {@code payerlink.verification.delivery-check-concurrency} accounts are
 * looked at once, each with a bounded S3 listing ({@link DeliveryProbe}).
 */
@Component
class DeliveryWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWatcher.class);

    private final TenantSweep tenants;

    private final AccountService accountService;

    private final AccountListService accountLists;

    private final AccountStateService accountStates;

    private final DeliveryProbe probe;

    private final ExecutorService pool;

    DeliveryWatcher(TenantSweep tenants, AccountService accountService, AccountListService accountLists,
            AccountStateService accountStates, DeliveryProbe probe, VerificationSettings settings) {
        this.tenants = tenants;
        this.accountService = accountService;
        this.accountLists = accountLists;
        this.accountStates = accountStates;
        this.probe = probe;
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.deliveryCheckConcurrency()), r -> {
            Thread t = new Thread(r, "delivery-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** Every tenant's PROCESSING accounts, the tenants taking turns. */
    DeliverySweep checkProcessingAccounts() {
        Map<UUID, List<UUID>> processing = tenants.inEachTenant(this::processingIds);
        processing.values().removeIf(List::isEmpty);
        return sweep(processing);
    }

    /** The current tenant's PROCESSING accounts; returns how many became READY. */
    int checkTenant() {
        return sweep(Map.of(CurrentScope.requireTenant(), processingIds())).ready();
    }

    private List<UUID> processingIds() {
        return accountLists.allIds(AccountQuery.all().withState(AccountState.PROCESSING));
    }

    private DeliverySweep sweep(Map<UUID, List<UUID>> processing) {
        long start = System.nanoTime();
        Map<UUID, AtomicInteger> left = new ConcurrentHashMap<>();
        Map<UUID, Duration> done = new ConcurrentHashMap<>();
        processing.forEach((tenant, ids) -> left.put(tenant, new AtomicInteger(ids.size())));
        AtomicInteger ready = new AtomicInteger();
        List<Future<?>> checks = new ArrayList<>();
        for (Map.Entry<UUID, UUID> next : turns(processing)) {
            UUID tenant = next.getKey();
            checks.add(pool.submit(() -> {
                if (CurrentScope.callAs(DatabaseScope.tenantSystem(tenant), () -> check(next.getValue()))) {
                    ready.incrementAndGet();
                }
                if (left.get(tenant).decrementAndGet() == 0) {
                    done.put(tenant, Duration.ofNanos(System.nanoTime() - start));
                }
            }));
        }
        awaitAll(checks);
        return new DeliverySweep(checks.size(), ready.get(), Duration.ofNanos(System.nanoTime() - start), done);
    }

    // (tenant, account) in turns: the first account of every tenant, then the second of every tenant, ...
    static List<Map.Entry<UUID, UUID>> turns(Map<UUID, List<UUID>> processing) {
        List<Map.Entry<UUID, UUID>> order = new ArrayList<>();
        Map<UUID, Iterator<UUID>> cursors = new LinkedHashMap<>();
        processing.forEach((tenant, ids) -> cursors.put(tenant, ids.iterator()));
        while (!cursors.isEmpty()) {
            for (Iterator<Map.Entry<UUID, Iterator<UUID>>> it = cursors.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<UUID, Iterator<UUID>> cursor = it.next();
                if (cursor.getValue().hasNext()) {
                    order.add(Map.entry(cursor.getKey(), cursor.getValue().next()));
                }
                else {
                    it.remove();
                }
            }
        }
        return order;
    }

    private boolean check(UUID id) {
        try {
            CustomerAccount account = accountService.get(id);
            if (account.managementAccountId() != null) {
                // a member's report is its management account's: delivered when that one's is
                CustomerAccount management = accountService.get(account.managementAccountId());
                return management.state() == AccountState.READY && accountStates.markReady(id, "report delivered to"
                        + " management account " + management.name() + " (" + management.accountId().value() + ")");
            }
            var manifest = probe.firstManifest(VerificationRunner.connectionOf(account));
            return manifest.isPresent() && accountStates.markReady(id, "report manifest " + manifest.get());
        }
        catch (AwsProblem | AccountNotFoundException e) {
            // stays PROCESSING; the next round looks again
            log.debug("No delivery check for {}: {}", id, e.getMessage());
            return false;
        }
    }

    private static void awaitAll(List<Future<?>> checks) {
        for (Future<?> check : checks) {
            try {
                check.get();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                checks.forEach(f -> f.cancel(true));
                return;
            }
            catch (ExecutionException e) {
                log.warn("A delivery check failed", e.getCause());
            }
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

}
