package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The health of the tenant's READY and PROCESSING accounts after verification: which are due for a check, what a
 * check found, and what the daily digest lists. A change of health is one transaction with its history line and its
 * {@link AccountHealthChanged}, so it is reported exactly once.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountHealthService {

    private final AccountHealthDAO healthDAO;

    private final AccountDAO accountDAO;

    private final ApplicationEventPublisher events;

    /** How many of the tenant's accounts are checked again (READY and PROCESSING). */
    @Transactional(readOnly = true)
    public int monitoredCount() {
        return healthDAO.monitoredCount(CurrentScope.requireRoleInTenant(Roles.READERS));
    }

    /** Up to {@code limit} monitored accounts not checked since {@code checkedBefore}, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<UUID> dueForCheck(OffsetDateTime checkedBefore, int limit) {
        return healthDAO.dueForCheck(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN), checkedBefore, limit);
    }

    /**
     * Records what a check of the account found: no failed check is HEALTHY, else DEGRADED with the codes. Only a
     * change of health writes history and publishes {@link AccountHealthChanged}.
     * @return the change, or empty when the health stayed as it was (or the account is no longer monitored)
     */
    @Transactional
    public Optional<AccountHealthChanged> recordCheck(UUID id, List<String> failedCodes) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        CustomerAccountRecord now = accountDAO.get(tenant, id);
        if (!AccountHealthDAO.MONITORED.contains(now.getState())) {
            return Optional.empty();
        }
        AccountHealth health = failedCodes.isEmpty() ? AccountHealth.HEALTHY : AccountHealth.DEGRADED;
        String codes = String.join(", ", failedCodes);
        codes = codes.length() > 500 ? codes.substring(0, 497) + "..." : codes;
        Optional<CustomerAccountRecord> changed = healthDAO.storeCheck(tenant, id, health, codes);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        CustomerAccountRecord r = changed.get();
        accountDAO.addHistory(tenant, id, CurrentScope.actor(), AccountHistoryAction.HEALTH_CHANGED, null,
                health == AccountHealth.DEGRADED ? "Health degraded: " + codes + " failed when checked again"
                        : "Health recovered: every check passed again");
        AccountHealthChanged change = new AccountHealthChanged(tenant, id, r.getName(), r.getAccountId(), r.getState(),
                health, failedCodes);
        events.publishEvent(change);
        return Optional.of(change);
    }

    /** A check that proved nothing either way (AWS throttled or erred, no platform identity): health unchanged. */
    @Transactional
    public void recordInconclusiveCheck(UUID id) {
        healthDAO.markChecked(CurrentScope.requireRoleInTenant(Roles.EDITORS), id);
    }

    /** The health of those of the accounts that are in the tenant. */
    @Transactional(readOnly = true)
    public Map<UUID, HealthStatus> healthOf(Collection<UUID> ids) {
        return healthDAO.healthOf(CurrentScope.requireRoleInTenant(Roles.READERS), ids);
    }

    /**
     * What the daily digest lists: failures since {@code since}, accounts stuck past the processing window, and
     * degraded ones; at most {@code limit} accounts each. Org admins only.
     */
    @Transactional(readOnly = true)
    public AccountDigest digest(OffsetDateTime since, int limit) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
        return new AccountDigest(healthDAO.failedSince(tenant, since, limit),
                healthDAO.stuck(tenant, OffsetDateTime.now().minus(CustomerAccount.PROCESSING_WINDOW), limit),
                healthDAO.degraded(tenant, limit));
    }

}
