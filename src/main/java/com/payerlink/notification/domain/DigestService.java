package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountDigest;
import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.tenant.domain.TenantService;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.tenant.domain.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The org admins' daily digest through the outbox: new failures, stuck accounts and degraded health of the tenant,
 * to each enabled org admin who has not switched it off; at most once per day and recipient, and only when there is
 * something to report.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DigestService {

    static final String KIND = "DAILY_DIGEST";

    private final AccountHealthService accounts;

    private final UserService users;

    private final TenantService tenants;

    private final OutboxService outbox;

    private final DigestDAO digestDAO;

    private final PortalLinks links;

    private final DigestSettings settings;

    /** Whether the signed-in user gets the daily digest (org admins only get it at all). */
    @Transactional(readOnly = true)
    public boolean receivesDigest() {
        UUID user = requireUser();
        return CurrentScope.get().hasRole(Role.ORG_ADMIN) && !digestDAO.isOptedOut(CurrentScope.requireTenant(), user);
    }

    /** Switches the daily digest on or off for the signed-in user. */
    @Transactional
    public void setReceivesDigest(boolean receives) {
        UUID user = requireUser();
        UUID tenant = CurrentScope.requireTenant();
        if (receives) {
            digestDAO.optIn(tenant, user);
        }
        else {
            digestDAO.optOut(tenant, user);
        }
    }

    /**
     * Queues today's digest of the current tenant to its org admins (in the tenant's system scope).
     * @return how many mails were queued (none when nothing needs a look, or today's are queued already)
     */
    @Transactional
    public int queueDigest(LocalDate day) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
        AccountDigest digest = accounts.digest(OffsetDateTime.now().minusDays(1), settings.linesPerSection());
        if (digest.isEmpty()) {
            return 0;
        }
        Set<UUID> optedOut = digestDAO.optedOut(tenant);
        List<String> recipients = users.usersOfMyTenant().stream()
            .filter(u -> u.role() == Role.ORG_ADMIN && u.enabled() && !optedOut.contains(u.id()))
            .map(UserAccount::email).toList();
        if (recipients.isEmpty()) {
            return 0;
        }
        MailContent mail = DigestMail.of(tenants.currentTenant().name(), digest, links.to("accounts"),
                links.to("notifications"));
        return outbox.queue(KIND, recipients, mail, null, KIND + ":" + day);
    }

    private static UUID requireUser() {
        UUID user = CurrentScope.get().userId();
        if (user == null) {
            throw new IllegalStateException("Only a signed-in user has digest settings");
        }
        return user;
    }

}
