package com.payerlink.dashboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountState;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.notification.domain.MailBacklog;
import com.payerlink.notification.domain.MailHealth;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platform admin's overview of every tenant: accounts per state, mail that does not get out, jobs that fail.
 * Counts only: a platform admin never reads a tenant's accounts or mails themselves.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlatformOverviewService {

    private final PlatformDAO platformDAO;

    private final TenantService tenantService;

    private final MailHealth mailHealth;

    /** Every tenant (those without accounts too) with its accounts per state, most accounts first. */
    @Transactional(readOnly = true)
    public List<TenantAccounts> accountsPerTenant() {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        Map<UUID, Map<AccountState, Long>> counts = new HashMap<>();
        platformDAO.accountsPerTenantAndState().forEach(c -> counts
            .computeIfAbsent(c.tenantId(), t -> new EnumMap<>(AccountState.class)).put(c.state(), c.accounts()));
        return tenantService.tenants().stream()
            .map(t -> new TenantAccounts(t.id(), t.name(), counts.getOrDefault(t.id(), Map.of())))
            .sorted(Comparator.comparingLong(TenantAccounts::total).reversed().thenComparing(TenantAccounts::tenantName))
            .toList();
    }

    /** The name under which the platform's own mail (platform staff's password links) is listed. */
    static final String PLATFORM_MAIL = "Payerlink platform (staff's password links)";

    /** The tenants whose mail waits past its time or was given up, with their tenant's name; most overdue first. */
    @Transactional(readOnly = true)
    public List<TenantMail> stalledMail() {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        Map<UUID, String> names = new HashMap<>();
        tenantService.tenants().forEach(t -> names.put(t.id(), t.name()));
        return mailHealth.backlog().stream()
            .filter(b -> b.overdue() > 0 || b.failed() > 0)
            .map(b -> new TenantMail(b.tenantId() == null ? PLATFORM_MAIL
                    : names.getOrDefault(b.tenantId(), b.tenantId().toString()), b))
            .sorted(Comparator.comparingLong((TenantMail m) -> m.backlog().overdue()).reversed()
                .thenComparing(m -> -m.backlog().failed()))
            .toList();
    }

    /** One tenant's mail backlog under the tenant's name. */
    public record TenantMail(String tenantName, MailBacklog backlog) {
    }

}
