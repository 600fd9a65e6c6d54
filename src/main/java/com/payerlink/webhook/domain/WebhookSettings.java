package com.payerlink.webhook.domain;

import com.payerlink.core.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of webhooks ({@code payerlink.webhook.*}).
 *
 * @param allowPrivateAddresses let webhook URLs reach loopback, private, link-local and other internal addresses
 *                              (off by default: a tenant must not reach the portal's own network; tests turn it on)
 * @param pollInterval          how often the delivery job looks for due deliveries
 * @param firstRetry            the wait after a first failed attempt; each further one waits twice as long
 * @param longestRetry          the longest wait between two attempts
 * @param maxAttempts           attempts of one delivery before it is given up as failed
 * @param timeout               how long one attempt may take (connecting and answering)
 */
@ConfigurationProperties("payerlink.webhook")
public record WebhookSettings(@DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("PT10S") Duration pollInterval, @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestRetry, @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT10S") Duration timeout) {

    /** The wait after the given number of failed attempts (1 = the first). */
    public Duration retryAfter(int failedAttempts) {
        return new Backoff(firstRetry, longestRetry).after(failedAttempts);
    }

}
