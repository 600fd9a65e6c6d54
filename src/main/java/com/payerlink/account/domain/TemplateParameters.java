package com.payerlink.account.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.payerlink.account.domain.CloudFormationTemplate.BUCKET_REGION;
import static com.payerlink.account.domain.CloudFormationTemplate.CALLBACK_SECRET;
import static com.payerlink.account.domain.CloudFormationTemplate.CALLBACK_URL;
import static com.payerlink.account.domain.CloudFormationTemplate.CREATE_REPORT;
import static com.payerlink.account.domain.CloudFormationTemplate.CUR2_EXPORT;
import static com.payerlink.account.domain.CloudFormationTemplate.CUR_BUCKET_PARAMETER;
import static com.payerlink.account.domain.CloudFormationTemplate.EXTERNAL_ID_PARAMETER;
import static com.payerlink.account.domain.CloudFormationTemplate.LEGACY_CUR;
import static com.payerlink.account.domain.CloudFormationTemplate.NO_REPORT;
import static com.payerlink.account.domain.CloudFormationTemplate.REPORT_NAME;
import static com.payerlink.account.domain.CloudFormationTemplate.REPORT_PREFIX;
import static com.payerlink.account.domain.TemplateYaml.list;
import static com.payerlink.account.domain.TemplateYaml.map;

/** The published template's parameters, each with the account's value as its default when there is one. */
final class TemplateParameters {

    private TemplateParameters() {
    }

    // Long on purpose: the template's parameter list, one entry per parameter in the template's order.
    static Map<String, Object> of(TemplateSettings s, Map<String, String> values) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(EXTERNAL_ID_PARAMETER, map(
                "Type", "String",
                "MinLength", 2,
                "MaxLength", 1224,
                "AllowedPattern", "[\\w+=,.@:/-]*",
                "Description", s.kind() == TemplateKind.STACKSET
                        ? "The management account's ExternalId in Payerlink; each member's role demands it followed"
                                + " by -<member account ID>."
                        : "The ExternalId Payerlink shows for this account. Keep the value Payerlink filled in."));
        for (Product product : Product.values()) {
            if (!product.alwaysOn()) {
                parameters.put(CloudFormationTemplate.productParameter(product), map(
                        "Type", "String",
                        "AllowedValues", list("true", "false"),
                        "Default", "false",
                        "Description", product.label() + ": " + product.description()));
            }
        }
        if (s.kind() == TemplateKind.ACCOUNT) {
            parameters.putAll(report(s));
        }
        if (CloudFormationTemplate.limitedExport(s)) {
            parameters.putAll(LimitedExportTemplate.parameters());
        }
        parameters.put(CALLBACK_URL, map(
                "Type", "String",
                "Default", s.callbackUrl(),
                "Description", "Where the stack reports its role to Payerlink; empty: it reports nothing."));
        parameters.put(CALLBACK_SECRET, map(
                "Type", "String",
                "NoEcho", true,
                "Default", "",
                "Description", "Proves to Payerlink that the report comes from this account's stack. Keep the value"
                        + " Payerlink filled in."));
        values.forEach((name, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> parameter = (Map<String, Object>) parameters.get(name);
            if (parameter != null) {
                parameter.put("Default", value);
            }
        });
        return parameters;
    }

    private static Map<String, Object> report(TemplateSettings s) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        // Data Exports (CUR 2.0) is a commercial AWS service: China gets the legacy CUR only
        parameters.put(CREATE_REPORT, map(
                "Type", "String",
                "AllowedValues", s.partition() == Partition.AWS ? list(NO_REPORT, LEGACY_CUR, CUR2_EXPORT)
                        : list(NO_REPORT, LEGACY_CUR),
                "Default", NO_REPORT,
                "Description", "Create the report and its bucket: " + LEGACY_CUR + " (legacy CUR)"
                        + (s.partition() == Partition.AWS ? ", " + CUR2_EXPORT + " (CUR 2.0 Data Export)" : "")
                        + ", each hourly with resource IDs in Parquet, overwritten; " + NO_REPORT
                        + " when the report exists."));
        parameters.put(CUR_BUCKET_PARAMETER, map(
                "Type", "String",
                "Default", "",
                "MaxLength", 63,
                "AllowedPattern", "[a-z0-9.-]*",
                "Description", "The report's S3 bucket; empty: payerlink-cur-<account ID> (when the stack creates it)."));
        parameters.put(REPORT_NAME, map(
                "Type", "String",
                "Default", CurReportName.defaultName().value(),
                "MaxLength", 256,
                "Description", "The report's (or export's) name."));
        parameters.put(REPORT_PREFIX, map(
                "Type", "String",
                "Default", "",
                "MaxLength", 256,
                "Description", "The report's S3 prefix, without a trailing slash; empty: none."));
        parameters.put(BUCKET_REGION, map(
                "Type", "String",
                "Default", "",
                "Description", "The bucket's region, if the report exists; the stack's region when it creates one."));
        return parameters;
    }

}
