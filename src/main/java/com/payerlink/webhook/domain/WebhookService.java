package com.payerlink.webhook.domain;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.core.tenancy.TenantPages;
import com.payerlink.core.tenancy.TenantRows;
import com.payerlink.db.tables.records.WebhookRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The tenant's webhooks: set up, changed, removed and tested by org admins, with their delivery log. */
@Service
public class WebhookService {

    /** The most webhooks a tenant may have. */
    public static final int MAX_PER_TENANT = 10;

    private final WebhookDAO webhookDAO;

    private final TenantPages pages;

    private final WebhookEvents events;

    private final WebhookSender sender;

    private final WebhookAddresses addresses;

    private final AuditLog auditLog;

    private final ScopedTransactions scoped;

    private final Duration timeout;

    WebhookService(WebhookDAO webhookDAO, WebhookEvents events, WebhookSender sender, WebhookSettings settings,
            AuditLog auditLog, ScopedTransactions scoped, TenantPages pages) {
        this.webhookDAO = webhookDAO;
        this.pages = pages;
        this.events = events;
        this.sender = sender;
        this.addresses = new WebhookAddresses(settings.allowPrivateAddresses());
        this.timeout = settings.timeout();
        this.auditLog = auditLog;
        this.scoped = scoped;
    }

    @Transactional(readOnly = true)
    public List<Webhook> list() {
        return webhookDAO.list(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN));
    }

    /** A new webhook with a new secret. */
    @Transactional
    public Webhook create(WebhookInput input) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
        String url = validated(input);
        if (webhookDAO.list(tenant).size() >= MAX_PER_TENANT) {
            throw new InvalidInputException(null, "Your organization has " + MAX_PER_TENANT + " webhooks, the most it"
                    + " may have. Remove one you no longer use, or let one receiver take several events.");
        }
        WebhookRecord r = webhookDAO.newRecord();
        r.setId(UUID.randomUUID());
        r.setTenantId(tenant);
        r.setUrl(url);
        r.setEvents(types(input));
        r.setSecret(WebhookSignature.newSecret());
        r.setEnabled(input.enabled());
        r.setCreatedBy(CurrentScope.actor());
        r.store();
        auditLog.record("WEBHOOK_CREATED", url + " for " + String.join(", ", r.getEvents()));
        return WebhookDAO.toWebhook(webhookDAO.find(tenant, r.getId()).orElseThrow());
    }

    /** Changes where a webhook goes, its events or whether it is on; its secret stays. */
    @Transactional
    public Webhook update(UUID id, int seenVersion, WebhookInput input) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
        String url = validated(input);
        WebhookRecord r = found(tenant, id);
        r.setUrl(url);
        r.setEvents(types(input));
        r.setEnabled(input.enabled());
        VersionedRows.store(r, seenVersion, "Webhook " + url);
        auditLog.record("WEBHOOK_CHANGED", url + " for " + String.join(", ", r.getEvents())
                + (input.enabled() ? "" : " (off)"));
        return WebhookDAO.toWebhook(webhookDAO.find(tenant, id).orElseThrow());
    }

    /** Removes a webhook with its deliveries and their log. */
    @Transactional
    public void delete(UUID id, int seenVersion) {
        WebhookRecord r = found(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN), id);
        VersionedRows.delete(r, seenVersion, "Webhook " + r.getUrl());
        auditLog.record("WEBHOOK_REMOVED", r.getUrl());
    }

    /**
     * Sends a test event to the webhook now and answers how that went; a failed one is retried like any delivery.
     */
    @Transactional(propagation = Propagation.NEVER)
    public WebhookDelivery sendTest(UUID id) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
        long delivery = scoped.call(CurrentScope.get(), () -> {
            found(tenant, id);
            return events.queueTest(tenant, id, OffsetDateTime.now().plus(timeout.multipliedBy(2))).orElseThrow();
        });
        sender.deliverTenant(tenant, delivery);
        return scoped.call(CurrentScope.get(), () -> webhookDAO.delivery(tenant, delivery).orElseThrow());
    }

    /** A webhook's delivery log, newest first. Org admins only. */
    public TenantRows<WebhookDelivery> deliveries(UUID webhookId) {
        return pages.of(Set.of(Role.ORG_ADMIN),
                (tenant, offset, limit) -> webhookDAO.deliveries(tenant, webhookId, offset, limit),
                tenant -> webhookDAO.countDeliveries(tenant, webhookId));
    }

    private WebhookRecord found(UUID tenant, UUID id) {
        return webhookDAO.find(tenant, id).orElseThrow(() -> new InvalidInputException(null,
                "That webhook no longer exists; someone removed it. Reload the page."));
    }

    private String validated(WebhookInput input) {
        String url = addresses.require(input.url()).toString();
        if (input.events() == null || input.events().isEmpty()) {
            throw new InvalidInputException("events", "Choose at least one event for the webhook to receive.");
        }
        if (input.events().contains(WebhookEventType.TEST)) {
            throw new InvalidInputException("events", "The test event is sent with \"Send test event\"; it cannot be"
                    + " subscribed to.");
        }
        return url;
    }

    private static String[] types(WebhookInput input) {
        return input.events().stream().sorted().map(WebhookEventType::type).toArray(String[]::new);
    }

}
