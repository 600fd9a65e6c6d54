package com.payerlink.core;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When the platform notice speaks up ({@code payerlink.platform-notice.*}).
 *
 * @param refresh          how often each portal node asks the notices again (they cost an AWS credential lookup
 *                         and two small queries)
 * @param mailStalledAfter a queued mail due for longer than this means the outbox is stalled
 * @param jobFailures      a background job that failed this many times in a row keeps failing
 */
@ConfigurationProperties("payerlink.platform-notice")
public record PlatformNoticeSettings(@DefaultValue("PT1M") Duration refresh,
        @DefaultValue("PT15M") Duration mailStalledAfter, @DefaultValue("3") int jobFailures) {
}
