package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.experimental.Accessors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an account list as a CSV file: what the export writes and the import reads, so an
 * exported list imports back unchanged. Headers are matched ignoring case, spaces, underscores,
 * hyphens and dots, and common synonyms ("Account ID", "AWS Account", "Email"…) are accepted.
 */
@Getter
@Accessors(fluent = true)
public enum AccountListColumn {

    ACCOUNT_ID("account_id", true, "The 12-digit AWS account ID, leading zeros included", "012345678901",
            "accountid", "awsaccountid", "awsaccount", "account", "accountnumber", "awsaccountnumber", "awsid",
            "linkedaccount", "linkedaccountid", "id"),
    NAME("name", true, "A name for the account, e.g. the customer's company", "Acme Retail",
            "accountname", "awsaccountname", "customer", "customername", "company", "displayname"),
    PARTITION("partition", false, "aws (default) or aws-cn", "aws", "awspartition"),
    CONNECTION_METHOD("connection_method", false,
            "DIRECT_MANAGEMENT, MSP_SINGLE (default), MSP_MULTIPLE or MSP_LIMITED", "MSP_SINGLE",
            "method", "connection", "connectiontype"),
    CONTACT_EMAILS("contact_emails", false, "E-mail addresses, separated by commas", "ops@acme.example",
            "contactemail", "contacts", "contact", "email", "emails", "emailaddress", "emailaddresses", "mail"),
    PRODUCTS("products", false, "COST_ANALYTICS (always on), COMMITMENT_INSIGHTS, ORGANIZATION_DISCOVERY",
            "COST_ANALYTICS, COMMITMENT_INSIGHTS", "product"),
    CUR_BUCKET("cur_bucket", false, "S3 bucket of the Cost and Usage Report", "acme-cur-reports",
            "bucket", "bucketname", "s3bucket", "curs3bucket", "curbucketname"),
    REPORT_NAME("report_name", false, "Name of the Cost and Usage Report", "payerlink-hourly",
            "curreportname", "report", "curname"),
    REPORT_PREFIX("report_prefix", false, "S3 prefix of the report (empty: none)", "cur",
            "prefix", "curprefix", "s3prefix"),
    BUCKET_REGION("bucket_region", false, "Region of the bucket; opt-in not required", "us-east-1",
            "curbucketregion", "region", "s3region", "curregion");

    /** The header the export writes, e.g. {@code account_id}. */
    private final String header;

    private final boolean required;

    private final String description;

    /** A value as the template file shows it. */
    private final String example;

    @Getter(AccessLevel.NONE)
    private final List<String> synonyms;

    AccountListColumn(String header, boolean required, String description, String example, String... synonyms) {
        this.header = header;
        this.required = required;
        this.description = description;
        this.example = example;
        this.synonyms = List.of(synonyms);
    }

    /** The header line's cells, in this order. */
    public static String[] headers() {
        return java.util.Arrays.stream(values()).map(AccountListColumn::header).toArray(String[]::new);
    }

    /** The column a header cell means, if any: "Account ID", "account_id", "AccountId", "AWS Account"… */
    public static Optional<AccountListColumn> forHeader(String headerCell) {
        String key = normalised(headerCell);
        for (AccountListColumn c : values()) {
            if (normalised(c.header).equals(key) || c.synonyms.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    // "AWS Account-ID " → "awsaccountid"
    private static String normalised(String text) {
        return Inputs.trim(text).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
    }

}
