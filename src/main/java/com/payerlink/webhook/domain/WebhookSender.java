package com.payerlink.webhook.domain;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Delivers queued webhook events: a signed POST per delivery, outside any transaction; a 2xx answer delivers it,
 * anything else is retried with back-off until {@code max-attempts}, then it is failed. Every attempt is logged
 * with its answer's status code. Redirects are not followed (they could lead to an internal address).
 */
@Component
public class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private static final int BATCH = 50;

    private final WebhookDAO webhookDAO;

    private final ScopedTransactions scoped;

    private final WebhookSettings settings;

    private final WebhookAddresses addresses;

    private final HttpClient http;

    WebhookSender(WebhookDAO webhookDAO, ScopedTransactions scoped, WebhookSettings settings) {
        this.webhookDAO = webhookDAO;
        this.scoped = scoped;
        this.settings = settings;
        this.addresses = new WebhookAddresses(settings.allowPrivateAddresses());
        // plain HTTP/1.1: no h2c upgrade headers, which some receivers refuse
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What one attempt got back. */
    record Outcome(@Nullable Integer statusCode, @Nullable String error, int durationMs) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

    }

    /** Every tenant's due deliveries; returns how many were attempted. */
    public int deliverDue() {
        int attempted = 0;
        for (UUID tenant : scoped.call(DatabaseScope.platform(), webhookDAO::tenantsWithDeliveriesDue)) {
            attempted += deliverTenant(tenant, null);
        }
        return attempted;
    }

    /** The tenant's due deliveries, or only the given one (due or not, if still queued). */
    int deliverTenant(UUID tenantId, @Nullable Long onlyId) {
        DatabaseScope scope = DatabaseScope.tenantSystem(tenantId);
        List<WebhookDAO.Due> due = scoped.call(scope, () -> webhookDAO.due(tenantId, onlyId, BATCH));
        for (WebhookDAO.Due d : due) {
            Outcome outcome = attempt(d);
            int attempts = d.attempts() + 1;
            OffsetDateTime retryAt = outcome.delivered() || attempts >= settings.maxAttempts() ? null
                    : OffsetDateTime.now().plus(settings.retryAfter(attempts));
            scoped.run(scope, () -> webhookDAO.recordAttempt(tenantId, d.id(), d.attempts(), outcome.statusCode(),
                    outcome.error(), outcome.durationMs(), outcome.delivered(), retryAt));
            if (!outcome.delivered()) {
                log.debug("Webhook delivery {} attempt {} failed: {} {}", d.id(), attempts, outcome.statusCode(),
                        outcome.error());
            }
        }
        return due.size();
    }

    private Outcome attempt(WebhookDAO.Due d) {
        long started = System.nanoTime();
        try {
            URI target = addresses.require(d.url());
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Payerlink-Webhooks/1")
                .header(WebhookSignature.EVENT, d.eventType())
                .header(WebhookSignature.DELIVERY, d.eventId().toString())
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(d.secret(), timestamp, d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String error = response.statusCode() / 100 == 2 ? null
                    : "HTTP " + response.statusCode() + snippet(response.body());
            return new Outcome(response.statusCode(), error, millisSince(started));
        }
        catch (InvalidInputException e) {
            return new Outcome(null, "Refused: " + e.getMessage(), millisSince(started));
        }
        catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(started));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted", millisSince(started));
        }
    }

    private static String snippet(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    private static int millisSince(long startedNanos) {
        return (int) ((System.nanoTime() - startedNanos) / 1_000_000);
    }

}
