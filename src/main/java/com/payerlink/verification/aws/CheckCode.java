package com.payerlink.verification.aws;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;

/** What a check found, in a word operators and support can search for. Each belongs to one area. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum CheckCode {

    PLATFORM_IDENTITY("Platform identity"),
    PLATFORM_CREDENTIALS_MISSING("Platform identity"),

    ROLE_ASSUMED("Role"),
    ASSUME_ROLE_DENIED("Role"),
    EXTERNAL_ID_NOT_ENFORCED("Role"),
    ROLE_IDENTITY("Role"),
    ROLE_NOT_OF_ACCOUNT("Role"),

    BUCKET_FOUND("Bucket"),
    BUCKET_NOT_FOUND("Bucket"),
    BUCKET_REGION_OPT_IN("Bucket"),
    BUCKET_ACCESS_DENIED("Bucket"),
    PREFIX_READABLE("Report prefix"),
    REPORT_NOT_DELIVERED_YET("Report prefix"),

    CUR_CONFORMS("Cost and Usage Report"),
    CUR_NOT_FOUND("Cost and Usage Report"),
    CUR_NOT_HOURLY("Cost and Usage Report"),
    CUR_NO_RESOURCE_IDS("Cost and Usage Report"),
    CUR_NO_ATHENA("Cost and Usage Report"),
    CUR_NOT_PARQUET("Cost and Usage Report"),
    CUR_NOT_OVERWRITE("Cost and Usage Report"),
    CUR_NO_REFRESH("Cost and Usage Report"),
    CUR_BUCKET_MISMATCH("Cost and Usage Report"),
    CUR_PERMISSION_DENIED("Cost and Usage Report"),

    /** A member account's report is read through its management account, whose connection has not passed. */
    MANAGEMENT_NOT_VERIFIED("Cost and Usage Report"),

    ORGANIZATION_READ("Organization"),
    ORGANIZATION_NOT_IN_USE("Organization"),
    NOT_MANAGEMENT_ACCOUNT("Organization"),
    ORGANIZATION_ACCESS_DENIED("Organization"),

    LIMITED_EXPORT_CONFORMS("Limited extraction"),
    LIMITED_NO_AGREED_ACCOUNTS("Limited extraction"),
    LIMITED_EXPORT_NOT_FOUND("Limited extraction"),
    LIMITED_EXPORT_NOT_HOURLY("Limited extraction"),
    LIMITED_EXPORT_NO_RESOURCE_IDS("Limited extraction"),
    LIMITED_EXPORT_NOT_PARQUET("Limited extraction"),
    LIMITED_FILTER_MISMATCH("Limited extraction"),
    LIMITED_BILLING_VIEW_MISMATCH("Limited extraction"),

    THROTTLED("AWS"),
    AWS_ERROR("AWS");

    /** What was checked: "Role", "Bucket", "Cost and Usage Report"... */
    private final String area;

}
