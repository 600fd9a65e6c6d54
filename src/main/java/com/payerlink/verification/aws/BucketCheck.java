package com.payerlink.verification.aws;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AwsRegion;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.ArrayList;
import java.util.List;

import static com.payerlink.verification.aws.AwsErrors.TEMPLATE_FIX;
import static com.payerlink.verification.aws.AwsErrors.errorCode;

/** The CUR bucket, as the assumed role sees it: it exists in an allowed region and its prefix can be listed. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BucketCheck {

    private final AwsClients aws;

    List<Check> check(ConnectionUnderTest c, Credentials role) {
        var s3 = aws.in(c.partition()).s3();
        String region;
        try {
            String constraint = s3.getBucketLocation(r -> r.bucket(c.bucket()).overrideConfiguration(AwsClients.as(role)))
                .locationConstraintAsString();
            region = bucketRegion(constraint);
        }
        catch (SdkException e) {
            return List.of(failure(c, e, "s3:GetBucketLocation"),
                    Check.skipped(CheckCode.PREFIX_READABLE, "Not checked: the bucket could not be read."));
        }
        List<Check> checks = new ArrayList<>();
        checks.add(regionCheck(c, region));
        try {
            ListObjectsV2Response list = s3.listObjectsV2(r -> r.bucket(c.bucket()).prefix(c.prefix().keyPrefix())
                .maxKeys(100).overrideConfiguration(AwsClients.as(role)));
            checks.add(prefixCheck(c, list));
        }
        catch (SdkException e) {
            checks.add(failure(c, e, "s3:ListBucket"));
        }
        return checks;
    }

    private static Check regionCheck(ConnectionUnderTest c, String region) {
        List<AwsRegion> allowed = AwsRegion.allowedForCurBucket(c.partition());
        if (!allowed.contains(new AwsRegion(region))) {
            return Check.fail(CheckCode.BUCKET_REGION_OPT_IN, "Bucket " + c.bucket() + " is in " + region
                    + ", a region whose opt-in status is not 'Not required'; reports there cannot be read.",
                    "Deliver the report to a bucket in a region whose opt-in status is 'Not required' ("
                            + allowed.get(0) + " recommended), then enter that bucket in step 4.");
        }
        return Check.pass(CheckCode.BUCKET_FOUND, "Bucket " + c.bucket() + " exists in " + region + ".");
    }

    private static Check prefixCheck(ConnectionUnderTest c, ListObjectsV2Response list) {
        if (list.keyCount() == null || list.keyCount() == 0) {
            return Check.warn(CheckCode.REPORT_NOT_DELIVERED_YET, "The role can list " + c.location()
                    + ", but no report has been delivered there yet. The first delivery can take up to 24 hours.",
                    "Nothing to do within the first 24 hours. After that, check that the bucket policy lets"
                            + " billingreports.amazonaws.com (and bcm-data-exports.amazonaws.com for CUR 2.0) put"
                            + " objects into the bucket.");
        }
        return Check.pass(CheckCode.PREFIX_READABLE, "The role can list " + c.location() + ".");
    }

    private static String bucketRegion(String constraint) {
        if (constraint == null || constraint.isEmpty()) {
            return "us-east-1";
        }
        // S3's legacy name for eu-west-1
        return "EU".equals(constraint) ? "eu-west-1" : constraint;
    }

    private static Check failure(ConnectionUnderTest c, SdkException e, String action) {
        if (e instanceof AwsServiceException s) {
            if (s.statusCode() == 404 || "NoSuchBucket".equals(errorCode(s))) {
                return Check.fail(CheckCode.BUCKET_NOT_FOUND, "Bucket " + c.bucket() + " does not exist.",
                        "Check the bucket name in step 4 against the report's delivery options (S3 bucket), or"
                                + " create the bucket.");
            }
            if (s.statusCode() == 403 || "AccessDenied".equals(errorCode(s))) {
                return Check.fail(CheckCode.BUCKET_ACCESS_DENIED, "The role may not read " + c.location() + " ("
                        + action + " was denied).",
                        "Allow the role s3:GetBucketLocation, s3:ListBucket and s3:GetObject on the bucket, and make"
                                + " sure the bucket policy does not deny it." + TEMPLATE_FIX);
            }
        }
        return AwsErrors.otherFailure(CheckCode.BUCKET_FOUND, action, e);
    }

}
