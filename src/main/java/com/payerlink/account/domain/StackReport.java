package com.payerlink.account.domain;

import com.payerlink.core.InvalidInputException;

import java.util.Set;

/**
 * What a stack's custom resource reports on Create, Update and Delete (every field as the Python code sends it):
 * the CloudFormation request, the secret, and the account, partition, region, stack, role and report it made.
 *
 * @param stackSet "true" when a StackSet's member stack reports (with its management account's secret)
 */
public record StackReport(String requestType, String requestId, String secret, String accountId, String partition,
        String region, String stackId, String roleArn, String createReport, String curBucket, String reportName,
        String reportPrefix, String bucketRegion, String stackSet) {

    static final Set<String> TYPES = Set.of("Create", "Update", "Delete");

    public StackReport {
        requestType = blank(requestType);
        requestId = blank(requestId);
        secret = blank(secret);
        accountId = blank(accountId);
        partition = blank(partition);
        region = blank(region);
        stackId = blank(stackId);
        roleArn = blank(roleArn);
        createReport = blank(createReport);
        curBucket = blank(curBucket);
        reportName = blank(reportName);
        reportPrefix = blank(reportPrefix);
        bucketRegion = blank(bucketRegion);
        stackSet = blank(stackSet);
    }

    public boolean isDelete() {
        return "Delete".equals(requestType);
    }

    /** Whether the stack created the report (a legacy CUR or a CUR 2.0 export) and its bucket. */
    boolean createdReport() {
        return CloudFormationTemplate.LEGACY_CUR.equals(createReport) || CloudFormationTemplate.CUR2_EXPORT.equals(createReport);
    }

    /** @throws InvalidInputException naming the first field that is missing or malformed */
    void check() {
        if (!TYPES.contains(requestType)) {
            throw new InvalidInputException("requestType", "requestType must be Create, Update or Delete, as"
                    + " CloudFormation sends it to the custom resource.");
        }
        require("requestId", requestId, 200);
        require("stackId", stackId, 1024);
        require("region", region, 30);
        if (!isDelete()) {
            require("roleArn", roleArn, 2048);
        }
    }

    private static void require(String field, String value, int max) {
        if (value.isEmpty() || value.length() > max) {
            throw new InvalidInputException(field, field + " must be given (at most " + max + " characters), as the"
                    + " template's custom resource sends it.");
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public String toString() {
        return "StackReport[" + requestType + " " + requestId + " of " + partition + " " + accountId + ", stack " + stackId
                + ", secret ***]";
    }

}
