package com.payerlink.verification.aws;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.List;
import java.util.Optional;

/**
 * Looks for the first delivery of an account's cost report: a report manifest under its prefix. Every look is
 * bounded (a few requests of at most {@value #MAX_KEYS} keys, never a walk through the whole prefix): CUR 2.0's
 * {@code metadata/} folder first, then the legacy report's billing-period folders.
 */
@Component
@RequiredArgsConstructor
public class DeliveryProbe {

    private static final int MAX_KEYS = 1000;

    // legacy billing periods looked at, newest first: a first delivery is in the current or the previous one
    private static final int PERIODS = 2;

    private final AwsClients aws;

    /**
     * The key of a report manifest under the account's prefix, if one has been delivered: CUR 2.0
     * ({@code <prefix>/<report>/metadata/BILLING_PERIOD=…/<report>-Manifest.json}) or legacy CUR
     * ({@code <prefix>/<report>/<period>/<report>-Manifest.json}); without a known report name, among the first
     * {@value #MAX_KEYS} keys under the prefix.
     *
     * @throws AwsProblem when the bucket cannot be read as the account's role
     */
    public Optional<String> firstManifest(ConnectionUnderTest c) {
        try {
            Credentials role = aws.assume(c, false);
            if (c.reportName() == null || c.reportName().isBlank()) {
                return manifestIn(list(c, role, c.prefix().keyPrefix(), null), c.prefix().keyPrefix());
            }
            String report = c.prefix().keyPrefix() + c.reportName() + "/";
            Optional<String> cur2 = manifestIn(list(c, role, report + "metadata/", null), report + "metadata/");
            if (cur2.isPresent()) {
                return cur2;
            }
            return legacyManifest(c, role, report);
        }
        catch (SdkException e) {
            throw new AwsProblem("Could not look for a report in " + c.location() + ": " + e.getMessage());
        }
    }

    // <report>/<yyyymmdd-yyyymmdd>/<report>-Manifest.json, in the newest billing periods
    private Optional<String> legacyManifest(ConnectionUnderTest c, Credentials role, String report) {
        ListObjectsV2Response folders = list(c, role, report, "/");
        Optional<String> direct = manifestIn(folders, report);
        if (direct.isPresent()) {
            return direct;
        }
        List<String> periods = folders.commonPrefixes().stream().map(CommonPrefix::prefix)
            .filter(p -> p.substring(report.length()).matches("\\d{8}-\\d{8}/")).sorted().toList();
        for (int i = periods.size() - 1; i >= Math.max(0, periods.size() - PERIODS); i--) {
            String key = periods.get(i) + c.reportName() + "-Manifest.json";
            if (exists(c, role, key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private ListObjectsV2Response list(ConnectionUnderTest c, Credentials role, String prefix, String delimiter) {
        return aws.in(c.partition()).s3().listObjectsV2(r -> r.bucket(c.bucket()).prefix(prefix).delimiter(delimiter)
            .maxKeys(MAX_KEYS).overrideConfiguration(AwsClients.as(role)));
    }

    private static Optional<String> manifestIn(ListObjectsV2Response listing, String prefix) {
        return listing.contents().stream().map(S3Object::key)
            .filter(key -> key.startsWith(prefix) && key.endsWith("Manifest.json")).findFirst();
    }

    private boolean exists(ConnectionUnderTest c, Credentials role, String key) {
        try {
            aws.in(c.partition()).s3().headObject(r -> r.bucket(c.bucket()).key(key)
                .overrideConfiguration(AwsClients.as(role)));
            return true;
        }
        catch (NoSuchKeyException e) {
            return false;
        }
        catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

}
