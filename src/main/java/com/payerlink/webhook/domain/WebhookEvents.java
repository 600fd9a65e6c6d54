package com.payerlink.webhook.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.account.domain.AccountHealthChanged;
import com.payerlink.account.domain.AccountReady;
import com.payerlink.account.domain.AccountStateChanged;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.importing.domain.ImportApplied;
import com.payerlink.support.domain.TicketChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the portal's events into webhook deliveries: one per enabled webhook of the tenant that subscribes to the
 * event's type, queued in the transaction of the change it reports, so that a delivery exists exactly when the
 * change does. The JSON is {@code {"id", "type", "createdAt", "tenantId", "data"}}; README lists each type's data.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WebhookEvents {

    private final WebhookDAO webhookDAO;

    private final ScopedTransactions scoped;

    private final ObjectMapper json;

    @EventListener
    void on(AccountStateChanged e) {
        publish(e.tenantId(), WebhookEventType.ACCOUNT_STATE_CHANGED, account(e.accountId(), e.accountName(),
                e.awsAccountId().value(), "from", e.from() == null ? null : e.from().name(), "to", e.to().name(),
                "detail", e.detail()));
    }

    @EventListener
    void on(AccountHealthChanged e) {
        publish(e.tenantId(), e.degraded() ? WebhookEventType.ACCOUNT_HEALTH_DEGRADED
                : WebhookEventType.ACCOUNT_HEALTH_RECOVERED, account(e.accountId(), e.accountName(),
                e.awsAccountId().value(), "state", e.state().name(), "health", e.health().name(), "codes", e.codes()));
    }

    @EventListener
    void on(AccountReady e) {
        publish(e.tenantId(), WebhookEventType.ACCOUNT_READY, account(e.accountId(), e.accountName(),
                e.awsAccountId().value()));
    }

    @EventListener
    void on(TicketChanged e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", e.ticketId());
        data.put("reference", e.reference());
        data.put("subject", e.subject());
        data.put("status", e.status().name());
        data.put("change", e.change());
        data.put("accountIds", e.accountIds());
        publish(e.tenantId(), WebhookEventType.TICKET_UPDATED, data);
    }

    @EventListener
    void on(ImportApplied e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", e.applied().id());
        data.put("fileName", e.applied().fileName());
        data.put("importedBy", e.applied().importedBy());
        data.put("rows", e.applied().totalRows());
        data.put("created", e.applied().created());
        data.put("updated", e.applied().updated());
        data.put("unchanged", e.applied().unchanged());
        publish(e.tenantId(), WebhookEventType.IMPORT_APPLIED, data);
    }

    /**
     * Queues a test event for one webhook of the current tenant, to be sent by the caller at once; the delivery job
     * sees it due only after {@code callerGone} (if the caller did not get to send it), so it is not sent twice.
     */
    Optional<Long> queueTest(UUID tenantId, UUID webhookId, OffsetDateTime callerGone) {
        Map<String, Object> data = Map.of("message", "A test event from Payerlink: your receiver is reachable and"
                + " the signature can be checked with this webhook's secret.");
        UUID eventId = UUID.randomUUID();
        return webhookDAO.queue(tenantId, webhookId, eventId, WebhookEventType.TEST.type(),
                payload(eventId, tenantId, WebhookEventType.TEST, data), callerGone);
    }

    /** Queues the event for the tenant's subscribed webhooks; returns how many deliveries were queued. */
    int publish(UUID tenantId, WebhookEventType type, Map<String, Object> data) {
        return scoped.inTenant(tenantId, () -> queue(tenantId, type, data));
    }

    private int queue(UUID tenantId, WebhookEventType type, Map<String, Object> data) {
        List<Webhook> subscribed = subscribers(tenantId).stream().filter(w -> w.events().contains(type)).toList();
        if (subscribed.isEmpty()) {
            return 0;
        }
        UUID eventId = UUID.randomUUID();
        String payload = payload(eventId, tenantId, type, data);
        int queued = 0;
        for (Webhook w : subscribed) {
            queued += webhookDAO.queue(tenantId, w.id(), eventId, type.type(), payload).isPresent() ? 1 : 0;
        }
        return queued;
    }

    /** The tenant's enabled webhooks, read once per transaction (a bulk move publishes thousands of events). */
    @SuppressWarnings("unchecked")
    private List<Webhook> subscribers(UUID tenantId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return webhookDAO.enabled(tenantId);
        }
        CacheKey key = new CacheKey(tenantId);
        List<Webhook> cached = (List<Webhook>) TransactionSynchronizationManager.getResource(key);
        if (cached == null) {
            cached = webhookDAO.enabled(tenantId);
            TransactionSynchronizationManager.bindResource(key, cached);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }

            });
        }
        return cached;
    }

    private record CacheKey(UUID tenantId) {
    }

    private String payload(UUID eventId, UUID tenantId, WebhookEventType type, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("type", type.type());
        event.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("tenantId", tenantId);
        event.put("data", data);
        try {
            return json.writeValueAsString(event);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook event could not be written as JSON", e);
        }
    }

    private static Map<String, Object> account(UUID id, String name, String awsAccountId, Object... more) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountId", id);
        data.put("accountName", name);
        data.put("awsAccountId", awsAccountId);
        for (int i = 0; i + 1 < more.length; i += 2) {
            data.put((String) more[i], more[i + 1]);
        }
        return data;
    }

}
