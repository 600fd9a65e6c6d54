package com.payerlink.verification.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** What an AWS error means for a check: denied, throttled, or something else to send to support. */
final class AwsErrors {

    // the fix of every failure the Payerlink CloudFormation stack sets up
    static final String TEMPLATE_FIX = " Re-creating the Payerlink stack from step 5 of the wizard sets it up.";

    private AwsErrors() {
    }

    /** A failed check for an error that is neither the account's setting nor a denial: throttling or other. */
    static Check otherFailure(CheckCode area, String action, SdkException e) {
        if (isThrottled(e)) {
            return throttled(action, e);
        }
        return Check.fail(CheckCode.AWS_ERROR, area.area() + ": " + action + " failed: " + e.getMessage(),
                "Verify again later. If it fails the same way, send this message to support.");
    }

    static Check throttled(String what, SdkException e) {
        return Check.fail(CheckCode.THROTTLED, "AWS kept throttling the requests for " + what + ", also after retries"
                + " with backoff (" + e.numAttempts() + " attempts).",
                "Nothing is wrong with the account's settings: verify it again in a few minutes.");
    }

    static boolean isThrottled(SdkException e) {
        return e instanceof AwsServiceException s && (s.isThrottlingException() || s.statusCode() == 429);
    }

    static boolean isAccessDenied(SdkException e) {
        return e instanceof AwsServiceException s && (s.statusCode() == 403 || errorCode(s).startsWith("AccessDenied"));
    }

    /** AWS's error code, e.g. "NoSuchBucket"; empty when the answer had none. */
    static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode();
    }

}
