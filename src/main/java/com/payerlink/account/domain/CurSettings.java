package com.payerlink.account.domain;

import com.payerlink.core.InvalidInputException;

import java.util.Set;

/**
 * Step 4 as typed: the products, and where the Cost and Usage Report is (or that the template creates it).
 *
 * @param settingsConfirmed the operator confirms the report is hourly, with resource IDs, data refresh and Athena
 */
public record CurSettings(Set<Product> products, boolean createCur, String bucket, String reportName, String prefix,
        String bucketRegion, boolean settingsConfirmed) {

    /** Checks the fields against the partition's rules; throws naming the first field that breaks one. */
    public CurSettings validated(Partition partition) {
        String b = blankToNull(bucket);
        String r = blankToNull(reportName);
        if (!createCur && b == null) {
            throw new InvalidInputException("bucket",
                    "Enter the S3 bucket from the report's Delivery options, or let the template create the report.");
        }
        String bucketValue = b == null ? null : field("bucket", () -> BucketName.parse(b).value());
        String reportValue = r == null ? null : field("reportName", () -> CurReportName.parse(r).value());
        String prefixValue = field("prefix", () -> ReportPrefix.parse(prefix == null ? "" : prefix).value());
        String regionRaw = blankToNull(bucketRegion);
        String regionValue = field("bucketRegion", () -> AwsRegion.forCurBucket(
                regionRaw == null ? partition.homeRegion().value() : regionRaw, partition).value());
        if (!createCur && !settingsConfirmed) {
            throw new InvalidInputException("settingsConfirmed",
                    "Confirm that the report is hourly, includes resource IDs, refreshes data and integrates with Athena.");
        }
        return new CurSettings(Product.withAlwaysOn(products == null ? Set.of() : products), createCur, bucketValue,
                reportValue, prefixValue, regionValue, settingsConfirmed || createCur);
    }

    private static String field(String field, java.util.function.Supplier<String> parse) {
        try {
            return parse.get();
        }
        catch (InvalidValueException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
