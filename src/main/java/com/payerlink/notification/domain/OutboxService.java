package com.payerlink.notification.domain;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's e-mail outbox. Features queue mail in their own transaction, so a mail exists exactly
 * when the change it reports does; {@link OutboxSender} delivers it later, with retries.
 */
@Service
public class OutboxService {

    private final OutboxDAO outboxDAO;

    OutboxService(OutboxDAO outboxDAO) {
        this.outboxDAO = outboxDAO;
    }

    /**
     * Queues the mail to each recipient in the current tenant.
     * @param kind     what the mail is (INVITATION, TICKET_UPDATE, DASHBOARDS_READY)
     * @param secret   text to remove from the stored copy once sent (e.g. a token), or null
     * @param dedupKey queue at most once per recipient under this key, or null
     * @return how many mails were queued
     */
    @Transactional
    public int queue(String kind, Collection<String> recipients, MailContent content, String secret, String dedupKey) {
        UUID tenant = CurrentScope.requireTenant();
        int queued = 0;
        for (String recipient : new LinkedHashSet<>(recipients)) {
            if (outboxDAO.insert(tenant, kind, recipient, content, secret,
                    dedupKey == null ? null : dedupKey + ":" + recipient)) {
                queued++;
            }
        }
        return queued;
    }

    /** Newest first; status null for all. Org admins only. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> page(OutboxStatus status, int offset, int limit) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        return outboxDAO.page(CurrentScope.requireTenant(), status, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(OutboxStatus status) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        return outboxDAO.count(CurrentScope.requireTenant(), status);
    }

    /** Queues a failed mail again, with a fresh count of attempts. Org admins only. */
    @Transactional
    public OutboxMessage retry(long id) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        UUID tenant = CurrentScope.requireTenant();
        var mail = outboxDAO.find(tenant, id)
            .orElseThrow(() -> new InvalidInputException(null, "That e-mail is no longer in your outbox."));
        if (!OutboxStatus.FAILED.name().equals(mail.getStatus())) {
            throw new InvalidInputException(null, "Only failed e-mails can be sent again; this one is "
                    + OutboxStatus.valueOf(mail.getStatus()).label().toLowerCase() + ".");
        }
        outboxDAO.requeue(tenant, id);
        return OutboxDAO.toMessage(outboxDAO.find(tenant, id).orElseThrow());
    }

}
