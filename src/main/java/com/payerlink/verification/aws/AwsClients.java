package com.payerlink.verification.aws;

import com.payerlink.account.domain.Partition;
import com.payerlink.core.metrics.PortalMetrics;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bcmdataexports.BcmDataExportsClient;
import software.amazon.awssdk.services.costandusagereport.CostAndUsageReportClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's long-lived AWS clients, one set per partition, sharing one HTTP connection pool. Calls
 * are made as the platform or, per request, as an assumed customer role. The platform has one identity per
 * partition: in AWS the default credential chain, in AWS China its own ({@link ChinaIdentitySettings}), never the
 * commercial one.
 */
@Component
public class AwsClients implements DisposableBean {

    // Assumed credentials are reused until this long before they expire.
    private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

    private static final Duration MAX_LIFETIME = Duration.ofHours(1);

    private final AwsSettings settings;

    private final Map<Partition, AwsCredentialsProvider> platformCredentials = new EnumMap<>(Partition.class);

    private final ChinaIdentitySettings china;

    private final SdkHttpClient http;

    private final Map<Partition, PartitionClients> clients = new EnumMap<>(Partition.class);

    // bounded in size (least recently used go first) and in lifetime (each entry until shortly before it expires)
    private final Cache<String, Credentials> assumed;

    private final RequestRate stsRate;

    private final List<ExecutionInterceptor> interceptors;

    @Autowired
    public AwsClients(AwsSettings settings, ChinaIdentitySettings china, PortalMetrics metrics) {
        this(settings, DefaultCredentialsProvider.builder().build(), china, List.of(new AwsCallMetrics(metrics)));
    }

    /** With the given commercial identity and no China identity (tests: none, or static keys). */
    public AwsClients(AwsSettings settings, AwsCredentialsProvider platformCredentials) {
        this(settings, platformCredentials, ChinaIdentitySettings.none());
    }

    /** With the given commercial identity and the China identity of the settings. */
    public AwsClients(AwsSettings settings, AwsCredentialsProvider platformCredentials, ChinaIdentitySettings china) {
        this(settings, platformCredentials, china, List.of());
    }

    private AwsClients(AwsSettings settings, AwsCredentialsProvider platformCredentials, ChinaIdentitySettings china,
            List<ExecutionInterceptor> interceptors) {
        this.settings = settings;
        this.china = china;
        this.interceptors = interceptors;
        this.platformCredentials.put(Partition.AWS, platformCredentials);
        this.platformCredentials.put(Partition.AWS_CN, china.credentials());
        this.assumed = Caffeine.newBuilder().maximumSize(Math.max(1, settings.credentialsCacheSize()))
            .executor(Runnable::run)
            .expireAfter(Expiry.creating((String key, Credentials c) -> lifetime(c)))
            .build();
        this.stsRate = new RequestRate(settings.stsRequestsPerSecond());
        this.http = ApacheHttpClient.builder().maxConnections(256).connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(30)).build();
        for (Partition p : Partition.values()) {
            clients.put(p, clientsOf(p));
        }
    }

    /** Why the portal cannot act as itself in AWS, if it cannot: no credentials in the default chain. */
    public Optional<String> platformIdentityProblem() {
        return platformIdentityProblem(Partition.AWS);
    }

    /** Why the portal cannot act as itself in the partition, if it cannot (China: no China identity configured). */
    public Optional<String> platformIdentityProblem(Partition partition) {
        try {
            platformCredentials.get(partition).resolveCredentials();
            return Optional.empty();
        }
        catch (SdkException | IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    PartitionClients in(Partition partition) {
        return clients.get(partition);
    }

    int maxAttempts() {
        return Math.max(1, settings.maxAttempts());
    }

    /**
     * The role's credentials: freshly assumed when {@code fresh}, else reused until shortly before they
     * expire. The platform's own identity calls STS.
     */
    Credentials assume(ConnectionUnderTest c, boolean fresh) {
        Credentials cached = fresh ? null : assumed.getIfPresent(cacheKey(c));
        if (cached != null && cached.expiration().isAfter(Instant.now().plus(EXPIRY_MARGIN))) {
            return cached;
        }
        return assumeRole(c).credentials();
    }

    /** Assumes the role afresh (keeping its credentials for reuse): AWS's whole answer, with the assumed identity. */
    AssumeRoleResponse assumeRole(ConnectionUnderTest c) {
        stsRate.acquire();
        AssumeRoleResponse response = in(c.partition()).sts()
            .assumeRole(r -> r.roleArn(c.roleArn()).externalId(c.externalId()).roleSessionName(c.sessionName())
                .durationSeconds(3600));
        assumed.put(cacheKey(c), response.credentials());
        return response;
    }

    private static String cacheKey(ConnectionUnderTest c) {
        return c.roleArn() + "|" + c.externalId();
    }

    // until shortly before the credentials expire, and never longer than an AssumeRole's longest default session
    private static Duration lifetime(Credentials c) {
        Duration left = Duration.between(Instant.now(), c.expiration().minus(EXPIRY_MARGIN));
        return left.isNegative() ? Duration.ZERO : left.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : left;
    }

    /** How many assumed credentials are kept for reuse now (tests). */
    long cachedCredentials() {
        assumed.cleanUp();
        return assumed.estimatedSize();
    }

    /**
     * Asks STS to assume the role with the given ExternalId (null: none) and throws the answer's credentials away.
     *
     * @return true when AWS issued credentials, false when it refused (AccessDenied)
     * @throws SdkException for any other answer (throttling, an outage)
     */
    boolean accepts(ConnectionUnderTest c, @Nullable String externalId) {
        stsRate.acquire();
        try {
            in(c.partition()).sts().assumeRole(r -> r.roleArn(c.roleArn()).externalId(externalId)
                .roleSessionName(c.probeSessionName()).durationSeconds(900));
            return true;
        }
        catch (SdkException e) {
            if (AwsErrors.isAccessDenied(e)) {
                return false;
            }
            throw e;
        }
    }

    /** A request override that makes the call as the assumed role. */
    static AwsRequestOverrideConfiguration as(Credentials credentials) {
        return AwsRequestOverrideConfiguration.builder()
            .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken())))
            .build();
    }

    @Override
    public void destroy() {
        clients.values().forEach(PartitionClients::close);
        http.close();
    }

    private PartitionClients clientsOf(Partition partition) {
        Region region = Region.of(partition == Partition.AWS ? settings.region() : partition.homeRegion().value());
        Region home = Region.of(partition.homeRegion().value());
        StsClient sts = configure(StsClient.builder().httpClient(http), partition, region).build();
        S3Client s3 = configure(S3Client.builder().httpClient(http), partition, home)
            // a stub has no bucket host names; real S3 answers a bucket of another region with a redirect
            .forcePathStyle(endpoint(partition) != null)
            .crossRegionAccessEnabled(endpoint(partition) == null)
            .build();
        CostAndUsageReportClient cur = configure(CostAndUsageReportClient.builder().httpClient(http), partition, home).build();
        BcmDataExportsClient exports = configure(BcmDataExportsClient.builder().httpClient(http), partition, home).build();
        OrganizationsClient organizations = configure(OrganizationsClient.builder().httpClient(http), partition, home)
            .build();
        return new PartitionClients(sts, s3, cur, exports, organizations);
    }

    // China may have an endpoint of its own; else the one endpoint of every AWS API, if set
    private java.net.@Nullable URI endpoint(Partition partition) {
        if (partition == Partition.AWS_CN && china.hasEndpoint()) {
            return china.endpoint();
        }
        return settings.hasEndpoint() ? settings.endpoint() : null;
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Partition partition, Region region) {
        builder.region(region).credentialsProvider(platformCredentials.get(partition));
        if (endpoint(partition) != null) {
            builder.endpointOverride(endpoint(partition));
        }
        builder.overrideConfiguration(o -> o
            .executionInterceptors(interceptors)
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts())
                .circuitBreakerEnabled(false)
                .build())
            .apiCallAttemptTimeout(Duration.ofSeconds(20))
            .apiCallTimeout(Duration.ofMinutes(2)));
        return builder;
    }

    /** The clients of one partition; the legacy CUR, Data Exports and Organizations live in its home region. */
    record PartitionClients(StsClient sts, S3Client s3, CostAndUsageReportClient cur, BcmDataExportsClient exports,
            OrganizationsClient organizations) {

        void close() {
            sts.close();
            s3.close();
            cur.close();
            exports.close();
            organizations.close();
        }

    }

}
