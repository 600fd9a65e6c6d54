package com.payerlink.verification.aws;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.URI;

/**
 * The platform's own identity in AWS China ({@code aws-cn}), separate from the commercial one: an IAM user or role of
 * the platform's China account. AWS China is a partition of its own, whose credentials never work in AWS and the other
 * way round, so China accounts are never verified with the commercial identity (the default credential chain).
 *
 * @param accessKeyId     the China identity's access key (with {@code secretAccessKey})
 * @param secretAccessKey its secret key
 * @param profile         or a profile of the shared AWS config files holding it
 * @param endpoint        one endpoint for every China AWS API (e.g. a local stub); unset: {@code payerlink.aws.endpoint},
 *                        else the real endpoints of AWS China
 */
@ConfigurationProperties("payerlink.aws.china")
public record ChinaIdentitySettings(@Nullable String accessKeyId, @Nullable String secretAccessKey,
        @Nullable String profile, @Nullable URI endpoint) {

    /** No China identity: China accounts get PLATFORM_CREDENTIALS_MISSING. */
    public static ChinaIdentitySettings none() {
        return new ChinaIdentitySettings(null, null, null, null);
    }

    static final String MISSING = "The portal has no AWS China identity: set payerlink.aws.china.access-key-id and"
            + " payerlink.aws.china.secret-access-key (or payerlink.aws.china.profile).";

    /** The China identity; one that refuses to resolve (saying what to set) when none is configured. */
    AwsCredentialsProvider credentials() {
        if (has(accessKeyId) && has(secretAccessKey)) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId.strip(), secretAccessKey.strip()));
        }
        if (has(profile)) {
            return ProfileCredentialsProvider.builder().profileName(profile.strip()).build();
        }
        return () -> {
            throw SdkClientException.create(MISSING);
        };
    }

    boolean hasEndpoint() {
        return endpoint != null && !endpoint.toString().isBlank();
    }

    private static boolean has(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    // the secret stays out of logs
    @Override
    public String toString() {
        return "ChinaIdentitySettings[accessKeyId=" + accessKeyId + ", secretAccessKey=" + (has(secretAccessKey) ? "***" : "")
                + ", profile=" + profile + ", endpoint=" + endpoint + "]";
    }

}
