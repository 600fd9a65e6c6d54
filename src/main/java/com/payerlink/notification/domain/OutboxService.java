package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.TenantPages;
import com.payerlink.core.tenancy.TenantRows;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant's e-mail outbox. Features queue mail in their own transaction, so a mail exists exactly
 * when the change it reports does; {@link OutboxSender} delivers it later, with retries.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutboxService {

    private final OutboxDAO outboxDAO;

    private final TenantPages pages;

    private final MailSecrets secrets;

    private final ObjectProvider<JavaMailSender> mailSender;

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one, mail stays queued. */
    public boolean sendsMail() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Queues the mail to each recipient in the current tenant.
     * @param kind     what the mail is (INVITATION, TICKET_UPDATE, DASHBOARDS_READY)
     * @param secret   text never stored in plain text (e.g. a token): the stored copy holds a placeholder and the
     *                 secret only encrypted, until the mail is sent; or null
     * @param dedupKey queue at most once per recipient under this key, or null
     * @return how many mails were queued
     */
    @Transactional
    public int queue(String kind, Collection<String> recipients, MailContent content, String secret, String dedupKey) {
        return queueFor(CurrentScope.requireTenant(), kind, recipients, content, secret, dedupKey);
    }

    /**
     * Queues the mail in the named tenant's outbox, or, for platform staff (tenant null), in the platform's, within
     * the caller's transaction. For a caller outside that tenant row-level security allows only what platform staff
     * send there: a platform admin's password links and a support agent's ticket updates.
     */
    @Transactional
    public int queueFor(@Nullable UUID tenant, String kind, Collection<String> recipients, MailContent content,
            @Nullable String secret, @Nullable String dedupKey) {
        MailContent stored = secret == null ? content : new MailContent(content.subject().replace(secret, MailSecrets.PLACEHOLDER),
                content.text().replace(secret, MailSecrets.PLACEHOLDER), content.html().replace(secret, MailSecrets.PLACEHOLDER));
        int queued = 0;
        for (String recipient : new LinkedHashSet<>(recipients)) {
            if (outboxDAO.insert(tenant, kind, recipient, stored, secret == null ? null : secrets.encrypt(secret),
                    dedupKey == null ? null : dedupKey + ":" + recipient)) {
                queued++;
            }
        }
        return queued;
    }

    /** The tenant's mail, newest first; status null for all. Org admins only. */
    public TenantRows<OutboxMessage> messages(@Nullable OutboxStatus status) {
        return pages.of(Set.of(Role.ORG_ADMIN), (tenant, offset, limit) -> outboxDAO.page(tenant, status, offset, limit),
                tenant -> outboxDAO.count(tenant, status));
    }

    /**
     * What keeps the tenant's mail from going out, said so that an org admin knows what to do; empty when mail flows.
     * Mail is stalled when a mail has waited longer than {@code stalledAfter} although a mail server is configured.
     */
    @Transactional(readOnly = true)
    public Optional<String> deliveryProblem(Duration stalledAfter) {
        Optional<OffsetDateTime> oldest = outboxDAO.oldestQueued(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN));
        if (!sendsMail()) {
            return Optional.of("Nothing can be sent: the portal has no mail server configured, so every mail stays queued "
                    + "here. Ask the portal's operators to set spring.mail.host (see README, \"E-mail\"); until then, "
                    + "hand invitation links over yourself (they are shown once, right after you create them).");
        }
        return oldest.filter(queued -> queued.isBefore(OffsetDateTime.now().minus(stalledAfter)))
            .map(queued -> "Mail is stalled: the oldest queued mail has waited "
                    + Math.max(1, Duration.between(queued, OffsetDateTime.now()).toMinutes()) + " minutes. "
                    + (outboxDAO.queuedHaveErrors(CurrentScope.requireTenant())
                            ? "The errors below say why the mail server refuses it; ask the portal's operators to check it."
                            : "No attempt has failed, so the portal's sender may not be running; ask the portal's"
                                    + " operators to check it (the log names its error)."));
    }

    /** Queues a failed mail again, with a fresh count of attempts. Org admins only. */
    @Transactional
    public OutboxMessage retry(long id) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
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
