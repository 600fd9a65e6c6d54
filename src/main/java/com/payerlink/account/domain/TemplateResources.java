package com.payerlink.account.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.payerlink.account.domain.CloudFormationTemplate.BILLING_REPORTS_SERVICE;
import static com.payerlink.account.domain.CloudFormationTemplate.CUR_BUCKET;
import static com.payerlink.account.domain.CloudFormationTemplate.CUR_BUCKET_PARAMETER;
import static com.payerlink.account.domain.CloudFormationTemplate.CUR_BUCKET_POLICY;
import static com.payerlink.account.domain.CloudFormationTemplate.CUR_REPORT;
import static com.payerlink.account.domain.CloudFormationTemplate.DATA_EXPORT;
import static com.payerlink.account.domain.CloudFormationTemplate.DATA_EXPORTS_SERVICE;
import static com.payerlink.account.domain.CloudFormationTemplate.REPORT_NAME;
import static com.payerlink.account.domain.CloudFormationTemplate.REPORT_PREFIX;
import static com.payerlink.account.domain.CloudFormationTemplate.ROLE;
import static com.payerlink.account.domain.TemplateYaml.ifElse;
import static com.payerlink.account.domain.TemplateYaml.ifThen;
import static com.payerlink.account.domain.TemplateYaml.list;
import static com.payerlink.account.domain.TemplateYaml.map;
import static com.payerlink.account.domain.TemplateYaml.policyDocument;
import static com.payerlink.account.domain.TemplateYaml.ref;
import static com.payerlink.account.domain.TemplateYaml.resource;
import static com.payerlink.account.domain.TemplateYaml.sub;

/** The template's resources besides the callback: the role, its policy, and on request the report and its bucket. */
final class TemplateResources {

    private TemplateResources() {
    }

    static Map<String, Object> role(TemplateSettings s) {
        Map<String, Object> trust = map(
                "Sid", "TrustPayerlinkPlatform",
                "Effect", "Allow",
                "Principal", map("AWS", sub("arn:${AWS::Partition}:iam::" + s.platformAccountId().value() + ":root")),
                "Action", "sts:AssumeRole",
                "Condition", map("StringEquals", map("sts:ExternalId", CloudFormationTemplate.externalIdValue(s))));
        return resource("AWS::IAM::Role", map(
                "Description", "Lets the Payerlink platform read cost data of this account.",
                "AssumeRolePolicyDocument", policyDocument(list(trust))));
    }

    static Map<String, Object> policy(TemplateSettings s) {
        List<Object> statements = new ArrayList<>();
        for (Product product : Product.values()) {
            Map<String, Object> statement = map(
                    "Sid", product.statementId(),
                    "Effect", "Allow",
                    "Action", new ArrayList<Object>(product.iamActions()),
                    "Resource", "*");
            statements.add(product.alwaysOn() ? statement : ifThen("With" + product.statementId(), statement));
        }
        if (s.kind() == TemplateKind.ACCOUNT) {
            statements.addAll(curBucketRead());
        }
        return resource("AWS::IAM::ManagedPolicy", map(
                "Description", "Least-privilege read access for the Payerlink platform.",
                "Roles", list(ref(ROLE)),
                "PolicyDocument", policyDocument(statements)));
    }

    /** The bucket, its policy, the legacy CUR and the CUR 2.0 export, each under its condition. */
    static Map<String, Object> report(TemplateSettings s) {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put(CUR_BUCKET, withCondition("CreateBucket", curBucket()));
        resources.put(CUR_BUCKET_POLICY, withCondition("CreateBucket", curBucketPolicy(s)));
        resources.put(CUR_REPORT, withCondition("CreateLegacyCur", curReport()));
        if (s.partition() == Partition.AWS) {
            resources.put(DATA_EXPORT, withCondition("CreateDataExport", dataExport()));
        }
        return resources;
    }

    /** The bucket's name: the parameter, or payerlink-cur-<account ID> when it is empty. */
    static Object bucketName() {
        return ifElse("DefaultBucket", sub("payerlink-cur-${AWS::AccountId}"), ref(CUR_BUCKET_PARAMETER));
    }

    // Read only the report's prefix of the CUR bucket, not the whole bucket.
    private static List<Object> curBucketRead() {
        Object keyPrefix = ifElse("HasPrefix", sub("${" + REPORT_PREFIX + "}/"), "");
        Map<String, Object> list = map(
                "Sid", "CurBucketList",
                "Effect", "Allow",
                "Action", "s3:ListBucket",
                "Resource", bucketArn(""),
                "Condition", ifThen("HasPrefix", map("StringLike", map("s3:prefix",
                        list(ref(REPORT_PREFIX), sub("${" + REPORT_PREFIX + "}/*"))))));
        Map<String, Object> read = map(
                "Sid", "CurReportRead",
                "Effect", "Allow",
                "Action", "s3:GetObject",
                "Resource", TemplateYaml.sub("arn:${AWS::Partition}:s3:::${Bucket}/${KeyPrefix}*",
                        map("Bucket", bucketName(), "KeyPrefix", keyPrefix)));
        Map<String, Object> location = map(
                "Sid", "CurBucketLocation",
                "Effect", "Allow",
                "Action", "s3:GetBucketLocation",
                "Resource", bucketArn(""));
        return list(list, read, location);
    }

    private static Map<String, Object> curBucket() {
        Map<String, Object> bucket = resource("AWS::S3::Bucket", map(
                "BucketName", bucketName(),
                "PublicAccessBlockConfiguration", map(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true),
                "BucketEncryption", map("ServerSideEncryptionConfiguration", list(
                        map("ServerSideEncryptionByDefault", map("SSEAlgorithm", "AES256"))))));
        // Cost history must outlive the stack: deleting the stack keeps the bucket.
        bucket.put("DeletionPolicy", "Retain");
        bucket.put("UpdateReplacePolicy", "Retain");
        return bucket;
    }

    // Only this very account's CUR definitions and exports may use the bucket (confused-deputy protection).
    private static Map<String, Object> curBucketPolicy(TemplateSettings s) {
        String home = s.partition().homeRegion().value();
        String cur = "arn:${AWS::Partition}:cur:" + home + ":${AWS::AccountId}:definition/*";
        List<Object> statements = list(
                delivery("BillingReportsCheckBucket", BILLING_REPORTS_SERVICE,
                        list("s3:GetBucketAcl", "s3:GetBucketPolicy"), "", cur),
                delivery("BillingReportsDeliver", BILLING_REPORTS_SERVICE, "s3:PutObject", "/*", cur));
        if (s.partition() == Partition.AWS) {
            String export = "arn:${AWS::Partition}:bcm-data-exports:" + home + ":${AWS::AccountId}:export/*";
            statements.add(delivery("DataExportsCheckBucket", DATA_EXPORTS_SERVICE, "s3:GetBucketPolicy", "", export));
            statements.add(delivery("DataExportsDeliver", DATA_EXPORTS_SERVICE, "s3:PutObject", "/*", export));
        }
        return resource("AWS::S3::BucketPolicy", map(
                "Bucket", ref(CUR_BUCKET),
                "PolicyDocument", policyDocument(statements)));
    }

    private static Map<String, Object> delivery(String sid, String service, Object actions, String objects,
            String sourceArn) {
        return map(
                "Sid", sid,
                "Effect", "Allow",
                "Principal", map("Service", service),
                "Action", actions,
                "Resource", bucketArn(objects),
                "Condition", map("StringEquals", map(
                        "aws:SourceArn", sub(sourceArn),
                        "aws:SourceAccount", sub("${AWS::AccountId}"))));
    }

    // Hourly, resource IDs, refresh on, Athena integration (which requires Parquet and overwrite).
    private static Map<String, Object> curReport() {
        Map<String, Object> report = resource("AWS::CUR::ReportDefinition", map(
                "ReportName", ref(REPORT_NAME),
                "TimeUnit", "HOURLY",
                "Format", "Parquet",
                "Compression", "Parquet",
                "AdditionalSchemaElements", list("RESOURCES"),
                "AdditionalArtifacts", list("ATHENA"),
                "RefreshClosedReports", true,
                "ReportVersioning", "OVERWRITE_REPORT",
                "S3Bucket", ref(CUR_BUCKET),
                "S3Prefix", ref(REPORT_PREFIX),
                "S3Region", ref("AWS::Region")));
        report.put("DependsOn", CUR_BUCKET_POLICY);
        return report;
    }

    // CUR 2.0: hourly, with resource IDs, Parquet, each delivery overwriting the last.
    private static Map<String, Object> dataExport() {
        Map<String, Object> export = export(ref(REPORT_NAME), CostExportQuery.ALL_ROWS, map(), ref(CUR_BUCKET),
                ref(REPORT_PREFIX), ref("AWS::Region"));
        export.put("DependsOn", CUR_BUCKET_POLICY);
        return export;
    }

    /**
     * A CUR 2.0 export (AWS::BCMDataExports::Export): hourly, with resource IDs, Parquet, each delivery overwriting
     * the last; {@code moreTableSettings} adds to the table's settings (e.g. a billing view).
     */
    static Map<String, Object> export(Object name, Object query, Map<String, Object> moreTableSettings, Object bucket,
            Object prefix, Object region) {
        Map<String, Object> table = map(
                "TIME_GRANULARITY", "HOURLY",
                "INCLUDE_RESOURCES", "TRUE",
                "INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY", "FALSE",
                "INCLUDE_SPLIT_COST_ALLOCATION_DATA", "FALSE");
        table.putAll(moreTableSettings);
        return resource("AWS::BCMDataExports::Export", map("Export", map(
                "Name", name,
                "Description", "Cost and usage for Payerlink (CUR 2.0)",
                "DataQuery", map(
                        "QueryStatement", query,
                        "TableConfigurations", map("COST_AND_USAGE_REPORT", table)),
                "DestinationConfigurations", map("S3Destination", map(
                        "S3Bucket", bucket,
                        "S3Prefix", prefix,
                        "S3Region", region,
                        "S3OutputConfigurations", map(
                                "OutputType", "CUSTOM",
                                "Format", "PARQUET",
                                "Compression", "PARQUET",
                                "Overwrite", "OVERWRITE_REPORT"))),
                "RefreshCadence", map("Frequency", "SYNCHRONOUS"))));
    }

    private static Map<String, Object> bucketArn(String objects) {
        return TemplateYaml.sub("arn:${AWS::Partition}:s3:::${Bucket}" + objects, map("Bucket", bucketName()));
    }

    static Map<String, Object> withCondition(String condition, Map<String, Object> resource) {
        Map<String, Object> conditioned = new LinkedHashMap<>();
        conditioned.put("Type", resource.get("Type"));
        conditioned.put("Condition", condition);
        resource.forEach(conditioned::putIfAbsent);
        return conditioned;
    }

}
