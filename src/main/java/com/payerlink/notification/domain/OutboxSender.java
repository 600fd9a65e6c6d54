package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.db.tables.records.EmailOutboxRecord;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers the outbox: every poll interval (the db-scheduler task {@code send-outbox}, so one node of the cluster
 * per round, see {@link OutboxTasks}), tenant by tenant (and the platform's own mail, in the platform's scope), it
 * claims due mails, sends them over
 * SMTP and records the outcome; a tenant that has sent its hourly limit waits (its mail stays queued).
 * A failed attempt waits with exponential backoff; after the last
 * attempt, or when the mail itself is malformed, the mail is marked failed with the error. Without
 * SMTP configured ({@code spring.mail.host}) it sends nothing, and mails stay queued.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxDAO outboxDAO;

    private final ObjectProvider<JavaMailSender> mailSender;

    private final ScopedTransactions scoped;

    private final MailSettings settings;

    private final MailSecrets secrets;

    /** One sending round of the recurring task: a failure is logged, and the next round tries again. */
    void poll() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            try {
                sendDue(sender);
            }
            catch (RuntimeException e) {
                log.warn("Sending the outbox failed; trying again at the next poll", e);
            }
        }
    }

    /** Sends what is due now through the configured SMTP server; nothing without one. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        return sender == null ? 0 : sendDue(sender);
    }

    /** Sends what is due now through the given sender. @return how many mails went out */
    int sendDue(JavaMailSender sender) {
        List<Optional<UUID>> tenants = scoped.call(DatabaseScope.NONE, outboxDAO::tenantsWithMailDue);
        int sent = 0;
        for (Optional<UUID> due : tenants) {
            // platform mail (no tenant) is read by the platform itself only, never by a tenant's scope
            UUID tenant = due.orElse(null);
            DatabaseScope scope = due.map(DatabaseScope::tenantSystem).orElseGet(DatabaseScope::platform);
            int sentLastHour = scoped.call(scope,
                    () -> outboxDAO.countSentSince(tenant, OffsetDateTime.now().minusHours(1)));
            int allowed = Math.min(settings.batchSize(), settings.maxPerTenantPerHour() - sentLastHour);
            if (allowed <= 0) {
                // over its hourly limit the tenant's mail stays queued, unclaimed, until older mails age out
                continue;
            }
            List<EmailOutboxRecord> claimed = scoped.call(scope,
                    () -> outboxDAO.claimDue(tenant, allowed, settings.lease()));
            for (EmailOutboxRecord mail : claimed) {
                if (send(sender, scope, mail)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, DatabaseScope scope, EmailOutboxRecord mail) {
        UUID tenant = mail.getTenantId();
        try {
            sender.send(toMime(sender, mail));
            scoped.run(scope, () -> outboxDAO.markSent(tenant, mail.getId()));
            return true;
        }
        catch (MailException | MessagingException e) {
            String error = describe(e);
            boolean permanent = e instanceof MailParseException || e instanceof MailPreparationException
                    || e instanceof MessagingException;
            if (permanent || mail.getAttempts() >= settings.maxAttempts()) {
                log.warn("E-mail {} to {} failed for good after {} attempt(s): {}", mail.getId(), mail.getRecipient(),
                        mail.getAttempts(), error);
                scoped.run(scope, () -> outboxDAO.markFailed(tenant, mail.getId(), error));
            }
            else {
                OffsetDateTime next = OffsetDateTime.now().plus(settings.backoffAfter(mail.getAttempts()));
                scoped.run(scope, () -> outboxDAO.markAttemptFailed(tenant, mail.getId(), error, next));
            }
            return false;
        }
    }

    private MimeMessage toMime(JavaMailSender sender, EmailOutboxRecord mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.getRecipient());
        // the secret is decrypted into this message only, never into the stored copy
        String secret;
        try {
            secret = mail.getSecret() == null ? null : secrets.decrypt(mail.getSecret());
        }
        catch (IllegalStateException e) {
            throw new MailPreparationException(e.getMessage(), e);
        }
        helper.setSubject(withSecret(mail.getSubject(), secret));
        helper.setText(withSecret(mail.getTextBody(), secret), withSecret(mail.getHtmlBody(), secret));
        return message;
    }

    private static String withSecret(String stored, String secret) {
        return secret == null ? stored : stored.replace(MailSecrets.PLACEHOLDER, secret);
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && text.length() < 800; cause = cause.getCause()) {
            text.append(" — caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }

}
