package com.payerlink.verification.aws;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.metrics.PortalMetrics;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.time.Duration;

/**
 * Times every AWS API call the portal makes (one call with all its retries) and counts those that AWS throttled even
 * after the retries, by service and operation. Only names and outcomes are recorded, never a request's content.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AwsCallMetrics implements ExecutionInterceptor {

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("PayerlinkCallStarted");

    private final PortalMetrics metrics;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes, "success");
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        String outcome = "error";
        if (failure instanceof SdkException e) {
            if (AwsErrors.isThrottled(e)) {
                outcome = "throttled";
                metrics.awsThrottled(service(attributes), operation(attributes));
            }
            else if (AwsErrors.isAccessDenied(e)) {
                // expected for the confused-deputy probes and for roles that do not trust the platform
                outcome = "denied";
            }
        }
        record(attributes, outcome);
    }

    private void record(ExecutionAttributes attributes, String outcome) {
        Long started = attributes.getAttribute(STARTED);
        Duration took = started == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
        metrics.awsCall(service(attributes), operation(attributes), outcome, took);
    }

    private static String service(ExecutionAttributes attributes) {
        String name = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        return name == null ? "unknown" : name;
    }

    private static String operation(ExecutionAttributes attributes) {
        String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return name == null ? "unknown" : name;
    }

}
