package com.payerlink.support.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.db.tables.records.TicketRecord;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

/**
 * A ticket's row: numbered in its tenant's sequence with the accounts it is about snapshotted beside it, filled from
 * a form, and read back as the caller may see it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TicketRows {

    private final TicketDAO ticketDAO;

    private final AccountService accountService;

    private final TenantService tenantService;

    TicketRecord insert(TicketForm form, TicketStatus status, String origin, String createdBy,
            Collection<UUID> accountIds) {
        UUID tenantId = CurrentScope.requireTenant();
        Tenant tenant = tenantService.currentTenant();
        int number = ticketDAO.nextNumber(tenantId);
        TicketRecord r = ticketDAO.newRecord();
        r.setId(UUID.randomUUID());
        r.setTenantId(tenantId);
        r.setNumber(number);
        r.setReference(tenant.code() + "-" + number);
        r.setTenantName(tenant.name());
        fill(r, form);
        r.setStatus(status.name());
        r.setOrigin(origin);
        r.setCreatedBy(createdBy);
        r.setUpdatedBy(createdBy);
        r.store();
        r.refresh();
        if (!accountIds.isEmpty()) {
            for (AccountSummary a : accountService.summaries(accountIds)) {
                ticketDAO.addAccount(tenantId, r.getId(), TicketAccount.of(a));
            }
        }
        return r;
    }

    /** The ticket as the caller sees it: internal comments for support agents only. */
    Ticket toTicket(TicketRecord r) {
        boolean agent = CurrentScope.get().role() == Role.SUPPORT_AGENT;
        return new Ticket(r.getId(), r.getTenantId(), r.getReference(), r.getTenantName(), r.getSubject(),
                r.getDescription(), TicketPriority.valueOf(r.getPriority()), TicketStatus.valueOf(r.getStatus()),
                r.getRequesterEmail(), r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(),
                r.getVersion(), ticketDAO.accounts(r.getId()), ticketDAO.comments(r.getId(), agent),
                r.getAssigneeEmail());
    }

    static void fill(TicketRecord r, TicketForm valid) {
        r.setSubject(valid.subject());
        r.setDescription(valid.description());
        r.setPriority(valid.priority().name());
        touch(r);
    }

    static void touch(TicketRecord r) {
        r.setUpdatedBy(CurrentScope.actor());
        r.setUpdatedAt(OffsetDateTime.now());
    }

}
