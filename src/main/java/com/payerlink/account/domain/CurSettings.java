package com.payerlink.account.domain;

import com.payerlink.core.InvalidInputException;

import java.util.Set;

/**
 * Step 4: the products, and where the Cost and Usage Report is (or that the template creates it). A value that is
 * not given is null.
 *
 * @param settingsConfirmed the operator confirms the report is hourly, with resource IDs, data refresh and Athena
 */
public record CurSettings(Set<Product> products, boolean createCur, BucketName bucket, CurReportName reportName,
        ReportPrefix prefix, AwsRegion bucketRegion, boolean settingsConfirmed) {

    /**
     * Step 4 as typed in a form or a request: each text is parsed by its value type, blank meaning "not given".
     *
     * @throws InvalidInputException naming the first field (bucket, reportName, prefix, bucketRegion) that breaks
     *                               its value type's rule
     */
    public static CurSettings typed(Set<Product> products, boolean createCur, String bucket, String reportName,
            String prefix, String bucketRegion, boolean settingsConfirmed) {
        return new CurSettings(products, createCur,
                blankToNull(bucket) == null ? null
                        : InvalidInputException.inField("bucket", () -> BucketName.parse(bucket)),
                blankToNull(reportName) == null ? null
                        : InvalidInputException.inField("reportName", () -> CurReportName.parse(reportName)),
                InvalidInputException.inField("prefix", () -> ReportPrefix.parse(prefix == null ? "" : prefix)),
                blankToNull(bucketRegion) == null ? null
                        : InvalidInputException.inField("bucketRegion", () -> AwsRegion.parse(bucketRegion)),
                settingsConfirmed);
    }

    /** Checks the fields together and against the partition; throws naming the first field that breaks a rule. */
    public CurSettings validated(Partition partition) {
        if (!createCur && bucket == null) {
            throw new InvalidInputException("bucket",
                    "Enter the S3 bucket from the report's Delivery options, or let the template create the report.");
        }
        AwsRegion region = InvalidInputException.inField("bucketRegion", () -> AwsRegion.forCurBucket(
                (bucketRegion == null ? partition.homeRegion() : bucketRegion).value(), partition));
        if (!createCur && !settingsConfirmed) {
            throw new InvalidInputException("settingsConfirmed",
                    "Confirm that the report is hourly, includes resource IDs, refreshes data and integrates with Athena.");
        }
        return new CurSettings(Product.withAlwaysOn(products == null ? Set.of() : products), createCur, bucket,
                reportName, prefix == null ? ReportPrefix.none() : prefix, region, settingsConfirmed || createCur);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
