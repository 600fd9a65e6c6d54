package com.payerlink.verification.aws;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;

/**
 * How the portal reaches AWS.
 *
 * @param endpoint    one endpoint for every AWS API (STS, S3, CUR, Data Exports, Organizations), e.g. a
 *                    local stub; unset means the real AWS endpoints of each account's partition
 * @param region      the region of the platform's own calls in AWS (commercial)
 * @param maxAttempts attempts per AWS call, retries of throttling and 5xx included (exponential backoff with jitter)
 * @param stsRequestsPerSecond this node's share of the platform account's STS request quota: AssumeRole calls are
 *                    paced below it (README, "Verification against AWS")
 * @param credentialsCacheSize the most assumed-role credentials kept for reuse (the least recently used go first)
 */
@ConfigurationProperties("payerlink.aws")
public record AwsSettings(@Nullable URI endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("4") int maxAttempts,
        @DefaultValue("300") int stsRequestsPerSecond, @DefaultValue("10000") int credentialsCacheSize) {

    @ConstructorBinding
    public AwsSettings {
    }

    /** With the default STS pace and credentials cache (tests). */
    public AwsSettings(@Nullable URI endpoint, String region, int maxAttempts) {
        this(endpoint, region, maxAttempts, 300, 10_000);
    }

    /** True when every AWS API is reached at {@link #endpoint()} instead of the real AWS endpoints. */
    public boolean hasEndpoint() {
        return endpoint != null && !endpoint.toString().isBlank();
    }

}
