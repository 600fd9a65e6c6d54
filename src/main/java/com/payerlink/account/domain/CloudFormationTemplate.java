package com.payerlink.account.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The CloudFormation template a customer runs in its account (wizard step 5): an IAM role that trusts
 * only the platform account with the account's ExternalId, a least-privilege managed policy for the
 * chosen products and, on request, the CUR bucket and report definition.
 *
 * <p>The template is built as plain maps and lists and written by SnakeYAML, so every user-provided
 * text is quoted correctly, and it uses only the long form of intrinsic functions ({@code Fn::Sub},
 * {@code Ref}, {@code Fn::GetAtt}), so any YAML parser reads it. Every ARN is built with
 * {@code ${AWS::Partition}}, so the same template works in AWS and AWS China.
 */
public final class CloudFormationTemplate {

    public static final String ROLE = "PayerlinkRole";
    public static final String POLICY = "PayerlinkPolicy";
    public static final String CUR_BUCKET = "PayerlinkCurBucket";
    public static final String CUR_BUCKET_POLICY = "PayerlinkCurBucketPolicy";
    public static final String CUR_REPORT = "PayerlinkCurReport";
    public static final String EXTERNAL_ID_PARAMETER = "ExternalId";
    public static final String ROLE_ARN_OUTPUT = "RoleArn";
    /** The service that delivers Cost and Usage Reports into the bucket. */
    public static final String BILLING_REPORTS_SERVICE = "billingreports.amazonaws.com";

    private static final String POLICY_VERSION = "2012-10-17";
    // Template descriptions are limited to 1024 bytes; an account name is cut well before that.
    private static final int MAX_NAME_IN_DESCRIPTION = 200;

    private CloudFormationTemplate() {
    }

    /** The template for one account, as CloudFormation YAML text. */
    public static String render(TemplateRequest request) {
        return yaml().dump(document(request));
    }

    /** The template as maps and lists, the structure {@link #render} writes. */
    static Map<String, Object> document(TemplateRequest r) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description(r));
        template.put("Parameters", map(EXTERNAL_ID_PARAMETER, externalIdParameter(r)));

        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put(ROLE, role(r));
        resources.put(POLICY, policy(r));
        if (r.createCur()) {
            resources.put(CUR_BUCKET, curBucket(r));
            resources.put(CUR_BUCKET_POLICY, curBucketPolicy(r));
            resources.put(CUR_REPORT, curReport(r));
        }
        template.put("Resources", resources);

        template.put("Outputs", map(ROLE_ARN_OUTPUT, map(
                "Description", "Paste this role ARN in Payerlink (step 6).",
                "Value", map("Fn::GetAtt", list(ROLE, "Arn")))));
        return template;
    }

    private static String description(TemplateRequest r) {
        String name = printable(r.accountName());
        if (name.codePointCount(0, name.length()) > MAX_NAME_IN_DESCRIPTION) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_IN_DESCRIPTION)) + "...";
        }
        String account = name.isEmpty() ? r.accountId().value() : r.accountId().value() + " (" + name + ")";
        String text = "Payerlink: read-only access to the cost data of " + r.partition().label() + " account "
                + account + " for the Payerlink platform.";
        if (r.createCur()) {
            text += " Also creates the Cost and Usage Report and its S3 bucket; create the stack in "
                    + r.partition().homeRegion() + ".";
        }
        return text;
    }

    private static Map<String, Object> externalIdParameter(TemplateRequest r) {
        return map(
                "Type", "String",
                "Default", r.externalId().value(),
                "NoEcho", false,
                "MinLength", 2,
                "MaxLength", 1224,
                "AllowedPattern", "[\\w+=,.@:/-]*",
                "Description", "The ExternalId Payerlink shows for this account. Keep the default.");
    }

    private static Map<String, Object> role(TemplateRequest r) {
        Map<String, Object> trust = map(
                "Sid", "TrustPayerlinkPlatform",
                "Effect", "Allow",
                "Principal", map("AWS", sub("arn:${AWS::Partition}:iam::" + r.platformAccountId().value() + ":root")),
                "Action", "sts:AssumeRole",
                "Condition", map("StringEquals", map("sts:ExternalId", map("Ref", EXTERNAL_ID_PARAMETER))));
        return resource("AWS::IAM::Role", map(
                "Description", "Lets the Payerlink platform read cost data of this account.",
                "AssumeRolePolicyDocument", policyDocument(list(trust))));
    }

    private static Map<String, Object> policy(TemplateRequest r) {
        List<Object> statements = new ArrayList<>();
        for (Product product : r.products()) {
            statements.add(map(
                    "Sid", product.statementId(),
                    "Effect", "Allow",
                    "Action", new ArrayList<Object>(product.iamActions()),
                    "Resource", "*"));
            if (product == Product.COST_ANALYTICS) {
                statements.addAll(curBucketRead(r));
            }
        }
        return resource("AWS::IAM::ManagedPolicy", map(
                "Description", "Least-privilege read access for the Payerlink platform.",
                "Roles", list(map("Ref", ROLE)),
                "PolicyDocument", policyDocument(statements)));
    }

    // Read only the report's prefix of the CUR bucket, not the whole bucket.
    private static List<Object> curBucketRead(TemplateRequest r) {
        String bucket = bucketArn(r);
        ReportPrefix prefix = r.prefix();
        Map<String, Object> list = map(
                "Sid", "CurBucketList",
                "Effect", "Allow",
                "Action", "s3:ListBucket",
                "Resource", sub(bucket));
        if (!prefix.isEmpty()) {
            list.put("Condition", map("StringLike", map("s3:prefix",
                    list(prefix.value(), prefix.keyPrefix() + "*"))));
        }
        Map<String, Object> read = map(
                "Sid", "CurReportRead",
                "Effect", "Allow",
                "Action", "s3:GetObject",
                "Resource", sub(bucket + "/" + escape(prefix.keyPrefix()) + "*"));
        Map<String, Object> location = map(
                "Sid", "CurBucketLocation",
                "Effect", "Allow",
                "Action", "s3:GetBucketLocation",
                "Resource", sub(bucket));
        return list(list, read, location);
    }

    private static Map<String, Object> curBucket(TemplateRequest r) {
        Map<String, Object> bucket = resource("AWS::S3::Bucket", map(
                "BucketName", r.curBucket().value(),
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

    private static Map<String, Object> curBucketPolicy(TemplateRequest r) {
        String bucket = bucketArn(r);
        return resource("AWS::S3::BucketPolicy", map(
                "Bucket", map("Ref", CUR_BUCKET),
                "PolicyDocument", policyDocument(list(
                        billingReports("BillingReportsCheckBucket", list("s3:GetBucketAcl", "s3:GetBucketPolicy"),
                                bucket, r),
                        billingReports("BillingReportsDeliver", "s3:PutObject", bucket + "/*", r)))));
    }

    // Only CUR definitions of this very account may use the bucket (confused-deputy protection).
    private static Map<String, Object> billingReports(String sid, Object actions, String resource, TemplateRequest r) {
        return map(
                "Sid", sid,
                "Effect", "Allow",
                "Principal", map("Service", BILLING_REPORTS_SERVICE),
                "Action", actions,
                "Resource", sub(resource),
                "Condition", map("StringEquals", map(
                        "aws:SourceArn", sub("arn:${AWS::Partition}:cur:" + r.partition().homeRegion()
                                + ":${AWS::AccountId}:definition/*"),
                        "aws:SourceAccount", sub("${AWS::AccountId}"))));
    }

    // Hourly, resource IDs, refresh on, Athena integration (which requires Parquet and overwrite).
    private static Map<String, Object> curReport(TemplateRequest r) {
        Map<String, Object> report = resource("AWS::CUR::ReportDefinition", map(
                "ReportName", r.reportName().value(),
                "TimeUnit", "HOURLY",
                "Format", "Parquet",
                "Compression", "Parquet",
                "AdditionalSchemaElements", list("RESOURCES"),
                "AdditionalArtifacts", list("ATHENA"),
                "RefreshClosedReports", true,
                "ReportVersioning", "OVERWRITE_REPORT",
                "S3Bucket", map("Ref", CUR_BUCKET),
                "S3Prefix", r.prefix().value(),
                "S3Region", map("Ref", "AWS::Region")));
        report.put("DependsOn", CUR_BUCKET_POLICY);
        return report;
    }

    private static String bucketArn(TemplateRequest r) {
        return "arn:${AWS::Partition}:s3:::" + escape(r.curBucket().value());
    }

    private static Map<String, Object> policyDocument(List<Object> statements) {
        return map("Version", POLICY_VERSION, "Statement", statements);
    }

    private static Map<String, Object> resource(String type, Map<String, Object> properties) {
        return map("Type", type, "Properties", properties);
    }

    private static Map<String, Object> sub(String text) {
        return map("Fn::Sub", text);
    }

    // Fn::Sub would read "${" in a user value as a variable; "${!" is its literal form.
    private static String escape(String literal) {
        return literal.replace("${", "${!");
    }

    // Control characters (a pasted newline or tab) have no place in a one-line description.
    private static String printable(String text) {
        return text.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().trim();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        // CloudFormation does not support YAML anchors and aliases; write every node in full.
        options.setDereferenceAliases(true);
        return new Yaml(options);
    }
}
