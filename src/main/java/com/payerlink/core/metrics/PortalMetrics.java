package com.payerlink.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;

/**
 * The portal's metrics for operators (served in Prometheus format on the management port, README "Operations"). Every
 * feature counts through these methods, so names and tags stay one list. Tag values are small fixed sets (results,
 * check codes, AWS operations), never ids, addresses or tenants.
 */
@Component
public class PortalMetrics {

    static final String VERIFICATION_RUNS = "payerlink.verification.runs";

    static final String VERIFICATION_FAILED_CHECKS = "payerlink.verification.failed.checks";

    static final String AWS_CALLS = "payerlink.aws.calls";

    static final String AWS_THROTTLED = "payerlink.aws.throttled";

    static final String IMPORT_ROWS = "payerlink.import.rows";

    static final String IMPORT_DURATION = "payerlink.import.duration";

    static final String SIGN_IN_FAILURES = "payerlink.sign.in.failures";

    static final String WEBHOOK_DELIVERY_FAILURES = "payerlink.webhook.delivery.failures";

    static final String CALLBACKS_RECEIVED = "payerlink.callbacks.received";

    private final MeterRegistry registry;

    private final Counter webhookDeliveryFailures;

    public PortalMetrics(MeterRegistry registry) {
        this.registry = registry;
        // registered at once, so a dashboard shows 0 rather than nothing before the first failure
        this.webhookDeliveryFailures = Counter.builder(WEBHOOK_DELIVERY_FAILURES)
            .description("Webhook deliveries that failed (each failed attempt)").register(registry);
    }

    /** A finished verification run: its result (e.g. PASSED, FAILED) and the codes of its failed checks. */
    public void verificationRun(String result, Collection<String> failedCodes) {
        Counter.builder(VERIFICATION_RUNS).description("Verification runs finished, by result")
            .tag("result", tagValue(result)).register(registry).increment();
        for (String code : failedCodes) {
            Counter.builder(VERIFICATION_FAILED_CHECKS).description("Failed checks of verification runs, by code")
                .tag("code", tagValue(code)).register(registry).increment();
        }
    }

    /** One AWS API call (all its retries) as the SDK made it: service, operation, outcome and how long it took. */
    public void awsCall(String service, String operation, String outcome, Duration took) {
        Timer.builder(AWS_CALLS).description("AWS API calls, with their retries, by service, operation and outcome")
            .tags("service", service, "operation", operation, "outcome", tagValue(outcome))
            .register(registry).record(took);
    }

    /** An AWS API call that AWS throttled, also after the SDK's retries. */
    public void awsThrottled(String service, String operation) {
        Counter.builder(AWS_THROTTLED).description("AWS API calls that stayed throttled after retries")
            .tags("service", service, "operation", operation).register(registry).increment();
    }

    /**
     * A CSV import read (mode {@code preview}) or applied ({@code apply}): its lines and how long it took.
     *
     * @param outcome {@code ok}, {@code refused} (errors in the file) or {@code busy}
     */
    public void importRun(String mode, String outcome, long rows, Duration took) {
        Counter.builder(IMPORT_ROWS).description("Account lines read by CSV imports, by mode")
            .tag("mode", mode).register(registry).increment(rows);
        Timer.builder(IMPORT_DURATION).description("CSV imports, by mode and outcome")
            .tags("mode", mode, "outcome", tagValue(outcome)).register(registry).record(took);
    }

    /** A failed sign-in; reason {@code rejected} (password, user) or {@code paused} (too many attempts). */
    public void signInFailed(String reason) {
        Counter.builder(SIGN_IN_FAILURES).description("Failed sign-ins, by reason")
            .tag("reason", tagValue(reason)).register(registry).increment();
    }

    /** For the webhook sender: one delivery attempt to a tenant's endpoint failed. */
    public void webhookDeliveryFailed() {
        webhookDeliveryFailures.increment();
    }

    /** For the callback endpoint: one callback arrived, with its result (e.g. {@code accepted}, {@code rejected}). */
    public void callbackReceived(String result) {
        Counter.builder(CALLBACKS_RECEIVED).description("Callbacks received, by result")
            .tag("result", tagValue(result)).register(registry).increment();
    }

    private static String tagValue(String value) {
        return value.isBlank() ? "unknown" : value.strip();
    }

}
