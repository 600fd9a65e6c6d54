package com.payerlink.account.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.payerlink.account.domain.TemplateYaml.equalsRef;
import static com.payerlink.account.domain.TemplateYaml.list;
import static com.payerlink.account.domain.TemplateYaml.map;
import static com.payerlink.account.domain.TemplateYaml.not;
import static com.payerlink.account.domain.TemplateYaml.ref;

/**
 * The CloudFormation template a customer runs (wizard step 5), one published template per partition and kind, fully
 * parameterised: the ExternalId, each optional product (a condition), "create the report for me" (a legacy CUR or a
 * CUR 2.0 Data Export, with the bucket and its policy), bucket, report name, prefix, bucket region, and where the
 * stack reports back. An account's own download is the published template with that account's values as the
 * parameters' defaults, and the quick-create link passes the same values as {@code param_…}.
 *
 * <p>Every ARN is built with {@code ${AWS::Partition}}; the platform account the role trusts is the partition's.
 */
public final class CloudFormationTemplate {

    public static final String ROLE = "PayerlinkRole";
    public static final String POLICY = "PayerlinkPolicy";
    public static final String CUR_BUCKET = "PayerlinkCurBucket";
    public static final String CUR_BUCKET_POLICY = "PayerlinkCurBucketPolicy";
    public static final String CUR_REPORT = "PayerlinkCurReport";
    public static final String DATA_EXPORT = "PayerlinkDataExport";
    public static final String CALLBACK = "PayerlinkCallback";
    public static final String ROLE_ARN_OUTPUT = "RoleArn";

    public static final String EXTERNAL_ID_PARAMETER = "ExternalId";
    public static final String CREATE_REPORT = "CreateReport";
    public static final String CUR_BUCKET_PARAMETER = "CurBucket";
    public static final String REPORT_NAME = "ReportName";
    public static final String REPORT_PREFIX = "ReportPrefix";
    public static final String BUCKET_REGION = "BucketRegion";
    public static final String CALLBACK_URL = "CallbackUrl";
    public static final String CALLBACK_SECRET = "CallbackSecret";

    /** The values of {@link #CREATE_REPORT}. */
    public static final String NO_REPORT = "No";
    public static final String LEGACY_CUR = "LegacyCur";
    public static final String CUR2_EXPORT = "DataExport";

    /** The services that deliver the legacy CUR and CUR 2.0 exports into the bucket. */
    public static final String BILLING_REPORTS_SERVICE = "billingreports.amazonaws.com";
    public static final String DATA_EXPORTS_SERVICE = "bcm-data-exports.amazonaws.com";

    private CloudFormationTemplate() {
    }

    /** The parameter that switches an optional product on ({@code "true"}) or off, e.g. ProductCommitmentInsights. */
    public static String productParameter(Product product) {
        return "Product" + product.statementId();
    }

    /** The published template: no account's values, the ExternalId to be given (quick-create passes it). */
    public static String published(TemplateSettings settings) {
        return TemplateYaml.dump(document(settings, Map.of()));
    }

    /** The account's download: the published template with the account's values as the parameters' defaults. */
    public static String forAccount(TemplateSettings settings, Map<String, String> values) {
        return TemplateYaml.dump(document(settings, values));
    }

    /**
     * Every parameter's value for one account: what its download defaults to and its quick-create link passes.
     * The bucket, report name and prefix are those step 4 chose (made up from the account when the stack creates
     * the report); the secret is how the stack proves it is the account's when it reports back.
     */
    public static Map<String, String> parameterValues(TemplateSettings settings, TemplateRequest r, String secret) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(EXTERNAL_ID_PARAMETER, r.externalId().value());
        for (Product product : Product.values()) {
            if (!product.alwaysOn()) {
                values.put(productParameter(product), String.valueOf(r.products().contains(product)));
            }
        }
        if (settings.kind() == TemplateKind.ACCOUNT) {
            values.put(CREATE_REPORT, r.createCur() ? LEGACY_CUR : NO_REPORT);
            values.put(CUR_BUCKET_PARAMETER, r.curBucket().value());
            values.put(REPORT_NAME, r.reportName() == null ? "" : r.reportName().value());
            values.put(REPORT_PREFIX, r.prefix().value());
            values.put(BUCKET_REGION, r.bucketRegion() == null ? "" : r.bucketRegion().value());
        }
        values.put(CALLBACK_URL, settings.callbackUrl());
        values.put(CALLBACK_SECRET, secret);
        return values;
    }

    static Map<String, Object> document(TemplateSettings s, Map<String, String> values) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description(s));
        template.put("Parameters", TemplateParameters.of(s, values));
        template.put("Conditions", conditions(s));
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put(ROLE, TemplateResources.role(s));
        resources.put(POLICY, TemplateResources.policy(s));
        if (s.kind() == TemplateKind.ACCOUNT) {
            resources.putAll(TemplateResources.report(s));
        }
        if (limitedExport(s)) {
            resources.put(LimitedExportTemplate.RESOURCE, LimitedExportTemplate.resource());
        }
        resources.putAll(StackCallbackResource.resources(s));
        template.put("Resources", resources);
        template.put("Outputs", map(ROLE_ARN_OUTPUT, map(
                "Description", "The role ARN (Payerlink step 6; the stack reports it by itself).",
                "Value", map("Fn::GetAtt", list(ROLE, "Arn")))));
        return template;
    }

    private static String description(TemplateSettings s) {
        String text = "Payerlink: read-only access to this " + s.partition().label() + " account's cost data for the"
                + " Payerlink platform";
        if (s.kind() == TemplateKind.STACKSET) {
            return text + ", deployed by a StackSet to every member account of an organization. Each stack reports"
                    + " its role to Payerlink.";
        }
        return text + ". Can create the Cost and Usage Report (legacy CUR, or a CUR 2.0 Data Export) with its S3"
                + " bucket; create the stack in " + s.partition().homeRegion() + ". Reports its role to Payerlink.";
    }

    private static Map<String, Object> conditions(TemplateSettings s) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        for (Product product : Product.values()) {
            if (!product.alwaysOn()) {
                conditions.put("With" + product.statementId(), equalsRef(productParameter(product), "true"));
            }
        }
        if (s.kind() == TemplateKind.ACCOUNT) {
            conditions.put("CreateLegacyCur", equalsRef(CREATE_REPORT, LEGACY_CUR));
            conditions.put("CreateDataExport", equalsRef(CREATE_REPORT, CUR2_EXPORT));
            conditions.put("CreateBucket", not(equalsRef(CREATE_REPORT, NO_REPORT)));
            conditions.put("HasPrefix", not(equalsRef(REPORT_PREFIX, "")));
            conditions.put("DefaultBucket", equalsRef(CUR_BUCKET_PARAMETER, ""));
        }
        if (limitedExport(s)) {
            conditions.putAll(LimitedExportTemplate.conditions());
        }
        conditions.put("ReportsBack", map("Fn::And", list(not(equalsRef(CALLBACK_SECRET, "")),
                not(equalsRef(CALLBACK_URL, "")))));
        return conditions;
    }

    /** Whether the template can create a limited customer's export: an account's, in AWS (Data Exports is AWS only). */
    static boolean limitedExport(TemplateSettings s) {
        return s.kind() == TemplateKind.ACCOUNT && s.partition() == Partition.AWS;
    }

    /** For the StackSet's members: refers to the role's ExternalId condition value. */
    static Object externalIdValue(TemplateSettings s) {
        return s.kind() == TemplateKind.STACKSET ? TemplateYaml.sub("${" + EXTERNAL_ID_PARAMETER + "}-${AWS::AccountId}")
                : ref(EXTERNAL_ID_PARAMETER);
    }

}
