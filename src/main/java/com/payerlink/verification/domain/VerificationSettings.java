package com.payerlink.verification.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of verification ({@code payerlink.verification.*}).
 *
 * @param verifyOnRegistration  verify each connection as soon as it is registered (off: it waits for "Verify")
 * @param deliveryCheckInterval how often PROCESSING accounts are checked for their first report delivery
 * @param deliveryCheckConcurrency PROCESSING accounts looked at once during such a check (on the node that runs it)
 */
@ConfigurationProperties("payerlink.verification")
public record VerificationSettings(@DefaultValue("true") boolean verifyOnRegistration,
        @DefaultValue("PT1H") Duration deliveryCheckInterval, @DefaultValue("16") int deliveryCheckConcurrency) {
}
