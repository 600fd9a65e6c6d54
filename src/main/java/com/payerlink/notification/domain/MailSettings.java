package com.payerlink.notification.domain;

import com.payerlink.core.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox sends ({@code payerlink.mail.*}). SMTP itself is Spring Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} nothing is sent and mails stay queued.
 *
 * @param from           the sender of every mail
 * @param maxAttempts    attempts before a mail is marked failed
 * @param initialBackoff wait after the first failed attempt; doubled after each further one
 * @param maxBackoff     the longest wait between two attempts
 * @param batchSize      mails claimed per tenant and round
 * @param lease          how long a claimed mail is left alone by other senders (portal nodes)
 * @param maxPerTenantPerHour mails one tenant may send in any hour; the rest waits in the outbox until the hour's
 *                       count drops (nothing is lost)
 * @param pollInterval   how long the outbox waits between two sending rounds; one node of the cluster sends each round
 */
@ConfigurationProperties("payerlink.mail")
public record MailSettings(@DefaultValue("Payerlink <no-reply@payerlink.local>") String from,
        @DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration initialBackoff,
        @DefaultValue("PT1H") Duration maxBackoff, @DefaultValue("50") int batchSize,
        @DefaultValue("PT5M") Duration lease, @DefaultValue("500") int maxPerTenantPerHour,
        @DefaultValue("PT15S") Duration pollInterval) {

    /** The wait after the given number of failed attempts: initial × 2^(attempts − 1), at most maxBackoff. */
    public Duration backoffAfter(int attempts) {
        return new Backoff(initialBackoff, maxBackoff).after(attempts);
    }

}
