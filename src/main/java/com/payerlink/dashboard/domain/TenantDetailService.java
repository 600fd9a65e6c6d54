package com.payerlink.dashboard.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignInLimits;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.notification.domain.MailHealth;
import com.payerlink.session.domain.SignInActivity;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** The platform admin's page of one tenant (issue 13, item 6). */
@Service
@RequiredArgsConstructor
public class TenantDetailService {

    private final TenantService tenantService;

    private final PlatformOverviewService overview;

    private final PlatformDAO platformDAO;

    private final SignInActivity signInActivity;

    private final SignInLimits limits;

    private final MailHealth mailHealth;

    private final BackgroundJobs backgroundJobs;

    /** Everything the tenant page shows. Platform admins only. */
    @Transactional(readOnly = true)
    public TenantDetail detail(UUID tenantId) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        Tenant tenant = tenantService.tenant(tenantId)
            .orElseThrow(() -> new InvalidInputException(null, "There is no such tenant; pick one under Tenants."));
        Map<UUID, OffsetDateTime> lastSignIns = signInActivity.lastSignIns(tenantId);
        Map<UUID, SignInPause> pauses = platformDAO.signInPauses(tenantId, limits.perAccount());
        var users = tenantService.usersOf(tenantId).stream()
            .map(u -> new TenantDetail.TenantUser(u, lastSignIns.get(u.id()), pauses.get(u.id())))
            .toList();
        TenantAccounts accounts = overview.accountsPerTenant().stream().filter(a -> a.tenantId().equals(tenantId))
            .findFirst().orElse(new TenantAccounts(tenantId, tenant.name(), Map.of()));
        var mail = mailHealth.backlog().stream().filter(b -> tenantId.equals(b.tenantId())).findFirst().orElse(null);
        return new TenantDetail(tenant, users, accounts, mail, backgroundJobs.failing());
    }

    /** Mails a user of the tenant a new set-your-password link. Platform admins only. */
    public void sendSetPasswordLink(UUID tenantId, UUID userId) {
        tenantService.sendSetPasswordLink(tenantId, userId);
    }

}
