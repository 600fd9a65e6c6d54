package com.payerlink.account.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The published templates, read back with plain SnakeYAML and evaluated for given parameter values. */
class CloudFormationTemplateTest {

    private static final AccountId ACCOUNT = AccountId.parse("012345678901");
    private static final AccountId PLATFORM = AccountId.parse("999988887777");
    private static final ExternalId EXTERNAL_ID = ExternalId.parse("k3j5h7g9f2d4s6a8q1w3e5r7t9y2u4i6");
    private static final String CALLBACK = "https://portal.example/api/v1/cloudformation/callbacks";

    private static TemplateSettings settings(Partition partition, TemplateKind kind) {
        return new TemplateSettings(partition, PLATFORM, CALLBACK, kind);
    }

    private static TemplateEvaluation evaluate(Partition partition, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of("ExternalId", EXTERNAL_ID.value()));
        all.putAll(values);
        return new TemplateEvaluation(CloudFormationTemplate.published(settings(partition, TemplateKind.ACCOUNT)), all);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Map<String, Object>> resources, String name) {
        assertThat(resources).containsKey(name);
        return (Map<String, Object>) resources.get(name).get("Properties");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Map<String, Object> properties, String document) {
        return (List<Map<String, Object>>) ((Map<String, Object>) properties.get(document)).get("Statement");
    }

    private static Map<String, Object> statement(List<Map<String, Object>> statements, String sid) {
        return statements.stream().filter(s -> sid.equals(s.get("Sid"))).findFirst()
            .orElseThrow(() -> new AssertionError("no statement " + sid));
    }

    private static List<String> sids(TemplateEvaluation t) {
        return statements(props(t.resources(), CloudFormationTemplate.POLICY), "PolicyDocument").stream()
            .map(s -> (String) s.get("Sid")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> parameters(Map<String, Object> template) {
        return (Map<String, Map<String, Object>>) template.get("Parameters");
    }

    @Test
    void published_template_takes_every_step_4_value_and_the_callback_as_parameters() {
        Map<String, Object> template = new Yaml().load(CloudFormationTemplate.published(settings(Partition.AWS,
                TemplateKind.ACCOUNT)));
        assertThat(template).containsEntry("AWSTemplateFormatVersion", "2010-09-09");
        Map<String, Map<String, Object>> p = parameters(template);
        assertThat(p).containsOnlyKeys("ExternalId", "ProductCommitmentInsights", "ProductOrganizationDiscovery",
                "CreateReport", "CurBucket", "ReportName", "ReportPrefix", "BucketRegion", "CallbackUrl", "CallbackSecret",
                // an MSP's payer: a limited customer's export
                "LimitedExportAccounts", "LimitedExportBillingView", "LimitedExportName", "LimitedExportBucket",
                "LimitedExportPrefix");
        assertThat(p.get("ExternalId")).doesNotContainKey("Default");
        assertThat(p.get("CreateReport").get("AllowedValues")).isEqualTo(List.of("No", "LegacyCur", "DataExport"));
        assertThat(p.get("CallbackSecret")).containsEntry("NoEcho", true).containsEntry("Default", "");
        assertThat(p.get("CallbackUrl")).containsEntry("Default", CALLBACK);
    }

    @Test
    void an_accounts_download_is_the_published_template_with_the_accounts_values_as_defaults() {
        TemplateSettings s = settings(Partition.AWS, TemplateKind.ACCOUNT);
        TemplateRequest request = new TemplateRequest(Partition.AWS, ACCOUNT, "Acme", EXTERNAL_ID,
                Set.of(Product.COMMITMENT_INSIGHTS), PLATFORM, BucketName.parse("acme-cur"), ReportPrefix.parse("cur/acme"),
                CurReportName.parse("acme-hourly"), false, AwsRegion.parse("eu-west-1"));
        Map<String, String> values = CloudFormationTemplate.parameterValues(s, request, "plcb_secret");
        Map<String, Object> published = new Yaml().load(CloudFormationTemplate.published(s));
        Map<String, Object> download = new Yaml().load(CloudFormationTemplate.forAccount(s, values));

        // the limited export's parameters are for an MSP's payer, never an account's values: they keep their defaults
        parameters(download).forEach((name, p) -> assertThat(String.valueOf(p.get("Default"))).as(name)
            .isEqualTo(name.startsWith("LimitedExport") ? String.valueOf(parameters(published).get(name).get("Default"))
                    : values.get(name)));
        assertThat(values).containsEntry("ProductCommitmentInsights", "true")
            .containsEntry("ProductOrganizationDiscovery", "false").containsEntry("CreateReport", "No")
            .containsEntry("CurBucket", "acme-cur").containsEntry("ReportName", "acme-hourly")
            .containsEntry("ReportPrefix", "cur/acme").containsEntry("BucketRegion", "eu-west-1")
            .containsEntry("CallbackSecret", "plcb_secret");
        parameters(published).values().forEach(p -> p.remove("Default"));
        parameters(download).values().forEach(p -> p.remove("Default"));
        assertThat(download).isEqualTo(published);
    }

    @ParameterizedTest
    @EnumSource(Partition.class)
    void role_trusts_only_the_platform_account_with_the_external_id(Partition partition) {
        Map<String, Object> role = props(evaluate(partition, Map.of()).resources(), CloudFormationTemplate.ROLE);
        Map<String, Object> trust = statements(role, "AssumeRolePolicyDocument").get(0);
        assertThat(trust.get("Principal")).isEqualTo(Map.of("AWS", Map.of("Fn::Sub", "arn:${AWS::Partition}:iam::999988887777:root")));
        assertThat(trust.get("Condition")).isEqualTo(Map.of("StringEquals", Map.of("sts:ExternalId", EXTERNAL_ID.value())));
    }

    @Test
    void a_stackset_members_role_demands_the_management_external_id_and_its_own_account_id() {
        Map<String, Object> template = new Yaml().load(CloudFormationTemplate.published(settings(Partition.AWS,
                TemplateKind.STACKSET)));
        assertThat(template.toString()).contains("{sts:ExternalId={Fn::Sub=${ExternalId}-${AWS::AccountId}}}");
        assertThat(parameters(template)).doesNotContainKeys("CreateReport", "CurBucket");
        assertThat(TemplateKind.memberExternalId(EXTERNAL_ID, AccountId.parse("210987654321")).value())
            .isEqualTo(EXTERNAL_ID.value() + "-210987654321");
    }

    @Test
    void each_optional_product_is_a_condition_of_its_own_statement() {
        assertThat(sids(evaluate(Partition.AWS, Map.of()))).containsExactly("CostAnalytics", "CurBucketList",
                "CurReportRead", "CurBucketLocation");
        assertThat(sids(evaluate(Partition.AWS, Map.of("ProductCommitmentInsights", "true",
                "ProductOrganizationDiscovery", "true"))))
            .contains("CostAnalytics", "CommitmentInsights", "OrganizationDiscovery");
        assertThat(sids(evaluate(Partition.AWS, Map.of("ProductOrganizationDiscovery", "true"))))
            .contains("OrganizationDiscovery").doesNotContain("CommitmentInsights");
    }

    @Test
    void cost_analytics_reads_only_the_report_prefix_of_the_bucket() {
        TemplateEvaluation t = evaluate(Partition.AWS, Map.of("CurBucket", "acme-cur", "ReportPrefix", "reports/cur"));
        List<Map<String, Object>> s = statements(props(t.resources(), CloudFormationTemplate.POLICY), "PolicyDocument");
        assertThat(statement(s, "CurBucketList").get("Condition")).isEqualTo(Map.of("StringLike", Map.of("s3:prefix",
                List.of("reports/cur", Map.of("Fn::Sub", "${ReportPrefix}/*")))));
        assertThat(statement(s, "CurReportRead").get("Resource")).isEqualTo(Map.of("Fn::Sub", List.of(
                "arn:${AWS::Partition}:s3:::${Bucket}/${KeyPrefix}*",
                Map.of("Bucket", "acme-cur", "KeyPrefix", Map.of("Fn::Sub", "${ReportPrefix}/")))));

        TemplateEvaluation whole = evaluate(Partition.AWS, Map.of("CurBucket", "acme-cur"));
        List<Map<String, Object>> w = statements(props(whole.resources(), CloudFormationTemplate.POLICY), "PolicyDocument");
        assertThat(statement(w, "CurBucketList")).doesNotContainKey("Condition");
    }

    @Test
    void an_existing_report_creates_no_bucket_report_or_export() {
        assertThat(evaluate(Partition.AWS, Map.of("CurBucket", "acme-cur")).resources()).doesNotContainKeys(
                CloudFormationTemplate.CUR_BUCKET, CloudFormationTemplate.CUR_BUCKET_POLICY,
                CloudFormationTemplate.CUR_REPORT, CloudFormationTemplate.DATA_EXPORT);
    }

    @Test
    void a_legacy_cur_is_hourly_with_resource_ids_in_parquet_overwritten() {
        var resources = evaluate(Partition.AWS, Map.of("CreateReport", "LegacyCur", "ReportPrefix", "cur")).resources();
        assertThat(resources).containsKeys(CloudFormationTemplate.CUR_BUCKET, CloudFormationTemplate.CUR_BUCKET_POLICY)
            .doesNotContainKey(CloudFormationTemplate.DATA_EXPORT);
        assertThat(props(resources, CloudFormationTemplate.CUR_REPORT)).containsEntry("TimeUnit", "HOURLY")
            .containsEntry("Format", "Parquet").containsEntry("AdditionalSchemaElements", List.of("RESOURCES"))
            .containsEntry("ReportVersioning", "OVERWRITE_REPORT").containsEntry("ReportName", "payerlink-hourly")
            .containsEntry("S3Prefix", "cur");
        assertThat(props(resources, CloudFormationTemplate.CUR_BUCKET).get("BucketName"))
            .isEqualTo(Map.of("Fn::Sub", "payerlink-cur-${AWS::AccountId}"));
        assertThat(resources.get(CloudFormationTemplate.CUR_BUCKET)).containsEntry("DeletionPolicy", "Retain");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_cur_2_export_is_hourly_with_resource_ids_in_parquet_overwritten() {
        var resources = evaluate(Partition.AWS, Map.of("CreateReport", "DataExport", "CurBucket", "acme-cur"))
            .resources();
        assertThat(resources).doesNotContainKey(CloudFormationTemplate.CUR_REPORT);
        Map<String, Object> export = (Map<String, Object>) props(resources, CloudFormationTemplate.DATA_EXPORT).get("Export");
        Map<String, Object> query = (Map<String, Object>) export.get("DataQuery");
        assertThat((String) query.get("QueryStatement")).endsWith("FROM COST_AND_USAGE_REPORT")
            .contains("line_item_resource_id");
        assertThat(query.get("TableConfigurations")).isEqualTo(Map.of("COST_AND_USAGE_REPORT", Map.of(
                "TIME_GRANULARITY", "HOURLY", "INCLUDE_RESOURCES", "TRUE",
                "INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY", "FALSE", "INCLUDE_SPLIT_COST_ALLOCATION_DATA", "FALSE")));
        Map<String, Object> s3 = (Map<String, Object>) ((Map<String, Object>) export.get("DestinationConfigurations"))
            .get("S3Destination");
        assertThat(s3.get("S3OutputConfigurations")).isEqualTo(Map.of("OutputType", "CUSTOM", "Format", "PARQUET",
                "Compression", "PARQUET", "Overwrite", "OVERWRITE_REPORT"));
        assertThat(props(resources, CloudFormationTemplate.CUR_BUCKET).get("BucketName")).isEqualTo("acme-cur");
    }

    @Test
    void the_bucket_policy_lets_only_this_accounts_cur_and_exports_deliver() {
        var resources = evaluate(Partition.AWS, Map.of("CreateReport", "DataExport")).resources();
        List<Map<String, Object>> s = statements(props(resources, CloudFormationTemplate.CUR_BUCKET_POLICY), "PolicyDocument");
        assertThat(s).extracting(x -> x.get("Sid")).containsExactly("BillingReportsCheckBucket", "BillingReportsDeliver",
                "DataExportsCheckBucket", "DataExportsDeliver");
        assertThat(statement(s, "BillingReportsDeliver").get("Principal")).isEqualTo(Map.of("Service", "billingreports.amazonaws.com"));
        assertThat(statement(s, "DataExportsDeliver").get("Principal")).isEqualTo(Map.of("Service", "bcm-data-exports.amazonaws.com"));
        assertThat(statement(s, "BillingReportsDeliver").get("Condition")).isEqualTo(Map.of("StringEquals", Map.of(
                "aws:SourceArn", Map.of("Fn::Sub", "arn:${AWS::Partition}:cur:us-east-1:${AWS::AccountId}:definition/*"),
                "aws:SourceAccount", Map.of("Fn::Sub", "${AWS::AccountId}"))));
        assertThat(statement(s, "DataExportsDeliver").get("Condition")).isEqualTo(Map.of("StringEquals", Map.of(
                "aws:SourceArn", Map.of("Fn::Sub", "arn:${AWS::Partition}:bcm-data-exports:us-east-1:${AWS::AccountId}:export/*"),
                "aws:SourceAccount", Map.of("Fn::Sub", "${AWS::AccountId}"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_published_template_creates_a_limited_customers_export_reading_exactly_the_agreed_accounts() {
        var resources = evaluate(Partition.AWS, Map.of("LimitedExportAccounts", "222233334444,111122223333",
                "LimitedExportName", "payerlink-limited-555566667777", "LimitedExportBucket", "limited-co-cur",
                "LimitedExportPrefix", "payerlink")).resources();

        Map<String, Object> export = (Map<String, Object>) props(resources, LimitedExportTemplate.RESOURCE).get("Export");
        Map<String, Object> query = (Map<String, Object>) export.get("DataQuery");
        assertThat(query.get("QueryStatement")).isEqualTo(CostExportQuery.ALL_ROWS
                + " WHERE line_item_usage_account_id IN ('222233334444', '111122223333')");
        assertThat(query.get("TableConfigurations")).isEqualTo(Map.of("COST_AND_USAGE_REPORT", Map.of(
                "TIME_GRANULARITY", "HOURLY", "INCLUDE_RESOURCES", "TRUE",
                "INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY", "FALSE", "INCLUDE_SPLIT_COST_ALLOCATION_DATA", "FALSE")));
        assertThat(export.get("Name")).isEqualTo("payerlink-limited-555566667777");
        Map<String, Object> s3 = (Map<String, Object>) ((Map<String, Object>) export.get("DestinationConfigurations"))
            .get("S3Destination");
        assertThat(s3).containsEntry("S3Bucket", "limited-co-cur").containsEntry("S3Prefix", "payerlink")
            .containsEntry("S3Region", "us-east-1");
        assertThat(s3.get("S3OutputConfigurations")).isEqualTo(Map.of("OutputType", "CUSTOM", "Format", "PARQUET",
                "Compression", "PARQUET", "Overwrite", "OVERWRITE_REPORT"));
        // the stand-alone template the wizard hands out makes the same export
        Map<String, Object> standalone = TemplateYaml.read(LimitedExportTemplate.standalone(
                "payerlink-limited-555566667777", List.of("111122223333", "222233334444"), null, "limited-co-cur",
                "payerlink"));
        Map<String, Object> same = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) standalone
            .get("Resources")).get(LimitedExportTemplate.RESOURCE)).get("Properties");
        assertThat(((Map<String, Object>) same.get("Export")).get("DataQuery")).isEqualTo(Map.of("QueryStatement",
                CostExportQuery.ALL_ROWS + " WHERE line_item_usage_account_id IN ('111122223333', '222233334444')",
                "TableConfigurations", query.get("TableConfigurations")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void without_agreed_accounts_no_limited_export_and_a_billing_view_reads_the_billing_groups_rows() {
        assertThat(evaluate(Partition.AWS, Map.of()).resources()).doesNotContainKey(LimitedExportTemplate.RESOURCE);
        assertThat(parameters(evaluate(Partition.AWS_CN, Map.of()).raw())).doesNotContainKey("LimitedExportAccounts");

        var resources = evaluate(Partition.AWS, Map.of("LimitedExportBillingView",
                "arn:aws:billing::111122223333:billingview/billing-group-0a1b2c3d")).resources();
        Map<String, Object> query = (Map<String, Object>) ((Map<String, Object>) props(resources,
                LimitedExportTemplate.RESOURCE).get("Export")).get("DataQuery");
        assertThat(query.get("QueryStatement")).isEqualTo(CostExportQuery.ALL_ROWS);
        assertThat(((Map<String, Object>) query.get("TableConfigurations")).get("COST_AND_USAGE_REPORT").toString())
            .contains("BILLING_VIEW_ARN=arn:aws:billing::111122223333:billingview/billing-group-0a1b2c3d");
    }

    @Test
    void china_has_the_legacy_cur_only_in_cn_northwest_1() {
        TemplateEvaluation t = evaluate(Partition.AWS_CN, Map.of("CreateReport", "LegacyCur"));
        assertThat(parameters(t.raw()).get("CreateReport").get("AllowedValues")).isEqualTo(List.of("No", "LegacyCur"));
        assertThat(t.resources()).doesNotContainKey(CloudFormationTemplate.DATA_EXPORT);
        List<Map<String, Object>> s = statements(props(t.resources(), CloudFormationTemplate.CUR_BUCKET_POLICY), "PolicyDocument");
        assertThat(s).extracting(x -> x.get("Sid")).containsExactly("BillingReportsCheckBucket", "BillingReportsDeliver");
        assertThat(s.get(1).toString()).contains("cur:cn-northwest-1:");
    }

    @Test
    void the_stack_reports_back_through_its_custom_resource_when_it_has_a_secret() {
        assertThat(evaluate(Partition.AWS, Map.of()).resources()).doesNotContainKey(CloudFormationTemplate.CALLBACK);
        var resources = evaluate(Partition.AWS, Map.of("CallbackSecret", "plcb_x")).resources();
        assertThat(props(resources, CloudFormationTemplate.CALLBACK)).containsEntry("CallbackUrl", CALLBACK)
            .containsEntry("CallbackSecret", "plcb_x")
            .containsEntry("RoleArn", Map.of("Fn::GetAtt", List.of("PayerlinkRole", "Arn")))
            .containsEntry("AccountId", Map.of("Ref", "AWS::AccountId"))
            .containsEntry("Partition", Map.of("Ref", "AWS::Partition"))
            .containsEntry("Region", Map.of("Ref", "AWS::Region"))
            .containsEntry("StackId", Map.of("Ref", "AWS::StackId")).containsEntry("CreateReport", "No");
        assertThat(props(resources, "PayerlinkCallbackFunction")).containsEntry("Runtime", "python3.12")
            .containsEntry("Handler", "index.handler");
        assertThat(props(resources, "PayerlinkCallbackFunction").toString()).contains("urllib.request");
    }

    @ParameterizedTest
    @EnumSource(Partition.class)
    void every_arn_uses_the_partition_variable_never_a_literal_partition(Partition partition) {
        String yaml = CloudFormationTemplate.published(settings(partition, TemplateKind.ACCOUNT));
        assertThat(yaml).doesNotContain("arn:aws:", "arn:aws-cn:");
    }

    @ParameterizedTest
    @ValueSource(strings = { "${AWS::AccountId}", "yes", "null", "- dash: {braces} [x] & *star !bang", "東京 😀" })
    void any_value_gives_valid_yaml_that_reads_back_unchanged(String value) {
        TemplateSettings s = settings(Partition.AWS, TemplateKind.ACCOUNT);
        Map<String, Object> t = new Yaml().load(CloudFormationTemplate.forAccount(s, Map.of("ReportName", value)));
        assertThat(parameters(t).get("ReportName").get("Default")).isEqualTo(value);
    }

    @Test
    void outputs_the_role_arn() {
        Map<String, Object> t = new Yaml().load(CloudFormationTemplate.published(settings(Partition.AWS, TemplateKind.ACCOUNT)));
        assertThat(t.get("Outputs").toString()).contains("RoleArn").contains("Fn::GetAtt=[PayerlinkRole, Arn]");
    }

    @Test
    void yaml_has_no_anchors_or_aliases_and_no_custom_tags() {
        String yaml = CloudFormationTemplate.published(settings(Partition.AWS, TemplateKind.ACCOUNT));
        List<Event> events = new ArrayList<>();
        new Yaml().parse(new StringReader(yaml)).forEach(events::add);
        assertThat(events).noneMatch(e -> e instanceof AliasEvent);
        assertThat(yaml).doesNotContain("!Ref", "!Sub", "!GetAtt", "&id", "!!");
    }

}
