package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

class CloudFormationTemplateTest {

    private static final AccountId ACCOUNT = AccountId.parse("012345678901");
    private static final AccountId PLATFORM = AccountId.parse("999988887777");
    private static final ExternalId EXTERNAL_ID = ExternalId.parse("k3j5h7g9f2d4s6a8q1w3e5r7t9y2u4i6");

    // --- building requests -------------------------------------------------------------------------------

    private static TemplateRequest existingCur(Partition partition, Set<Product> products) {
        return new TemplateRequest(partition, ACCOUNT, "Acme Ltd", EXTERNAL_ID, products, PLATFORM,
                BucketName.parse("acme-cur"), ReportPrefix.parse("reports/cur"), CurReportName.parse("acme-hourly"),
                false);
    }

    private static TemplateRequest createdCur(Partition partition, BucketName bucket, ReportPrefix prefix) {
        return new TemplateRequest(partition, ACCOUNT, "Acme Ltd", EXTERNAL_ID, Set.of(), PLATFORM,
                bucket, prefix, null, true);
    }

    // --- reading the YAML back with plain SnakeYAML ------------------------------------------------------

    private static Map<String, Object> parse(TemplateRequest request) {
        String yaml = CloudFormationTemplate.render(request);
        return new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
            current = ((Map<String, Object>) current).get(key);
        }
        assertThat(current).as("node at %s", String.join(".", keys)).isInstanceOf(Map.class);
        return (Map<String, Object>) current;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Map<String, Object> template, String resource) {
        return (List<Map<String, Object>>) map(template, "Resources", resource, "Properties").entrySet().stream()
                .filter(e -> e.getKey().endsWith("PolicyDocument"))
                .map(e -> ((Map<String, Object>) e.getValue()).get("Statement"))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> statement(Map<String, Object> template, String resource, String sid) {
        return statements(template, resource).stream().filter(s -> sid.equals(s.get("Sid"))).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + resource));
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? (List<String>) list : List.of((String) action);
    }

    private static List<String> allPolicyActions(Map<String, Object> template) {
        return statements(template, CloudFormationTemplate.POLICY).stream()
                .flatMap(s -> actions(s).stream()).toList();
    }

    private static Object sub(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return ((Map<?, ?>) node).get("Fn::Sub");
    }

    // Every string anywhere in the document, to check ARNs wherever they are.
    private static List<String> allStrings(Object node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                out.add(String.valueOf(k));
                collect(v, out);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else if (node instanceof String s) {
            out.add(s);
        }
    }

    // --- the document ------------------------------------------------------------------------------------

    @Test
    void is_a_cloudformation_document_naming_the_account() {
        Map<String, Object> template = parse(existingCur(Partition.AWS, Set.of()));
        assertThat(template.get("AWSTemplateFormatVersion")).isEqualTo("2010-09-09");
        assertThat((String) template.get("Description")).contains("012345678901").contains("Acme Ltd");
        assertThat(map(template, "Resources", CloudFormationTemplate.ROLE).get("Type")).isEqualTo("AWS::IAM::Role");
        assertThat(map(template, "Resources", CloudFormationTemplate.POLICY).get("Type"))
                .isEqualTo("AWS::IAM::ManagedPolicy");
    }

    @Test
    void external_id_parameter_defaults_to_the_accounts_external_id() {
        Map<String, Object> parameter = map(parse(existingCur(Partition.AWS, Set.of())), "Parameters", "ExternalId");
        assertThat(parameter.get("Type")).isEqualTo("String");
        assertThat(parameter.get("Default")).isEqualTo(EXTERNAL_ID.value());
        assertThat(parameter.get("NoEcho")).isEqualTo(false);
    }

    @ParameterizedTest
    @EnumSource(Partition.class)
    void role_trusts_only_the_platform_account_with_the_external_id(Partition partition) {
        Map<String, Object> template = parse(existingCur(partition, Set.of()));
        List<Map<String, Object>> trust = statements(template, CloudFormationTemplate.ROLE);
        assertThat(trust).hasSize(1);
        Map<String, Object> statement = trust.get(0);
        assertThat(statement.get("Effect")).isEqualTo("Allow");
        assertThat(statement.get("Action")).isEqualTo("sts:AssumeRole");
        Map<String, Object> principal = map(statement, "Principal");
        assertThat(principal).containsOnlyKeys("AWS");
        assertThat(sub(principal.get("AWS"))).isEqualTo("arn:${AWS::Partition}:iam::999988887777:root");
        assertThat(map(statement, "Condition")).containsOnlyKeys("StringEquals");
        assertThat(map(statement, "Condition", "StringEquals"))
                .containsExactly(Map.entry("sts:ExternalId", Map.of("Ref", "ExternalId")));
    }

    static Stream<Arguments> productChoices() {
        return Stream.of(
                Arguments.of(EnumSet.noneOf(Product.class)),
                Arguments.of(EnumSet.of(Product.COMMITMENT_INSIGHTS)),
                Arguments.of(EnumSet.of(Product.ORGANIZATION_DISCOVERY)),
                Arguments.of(EnumSet.allOf(Product.class)));
    }

    @ParameterizedTest
    @MethodSource("productChoices")
    void policy_has_one_statement_per_chosen_product_and_nothing_of_the_others(Set<Product> chosen) {
        Map<String, Object> template = parse(existingCur(Partition.AWS, chosen));
        Set<Product> granted = Product.withAlwaysOn(chosen);
        List<String> allActions = allPolicyActions(template);
        for (Product product : Product.values()) {
            List<Map<String, Object>> matching = statements(template, CloudFormationTemplate.POLICY).stream()
                    .filter(s -> product.statementId().equals(s.get("Sid"))).toList();
            if (granted.contains(product)) {
                assertThat(matching).as(product.name()).hasSize(1);
                assertThat(actions(matching.get(0))).containsExactlyElementsOf(product.iamActions());
                assertThat(matching.get(0).get("Resource")).isEqualTo("*");
            } else {
                assertThat(matching).as(product.name()).isEmpty();
                // ce:GetReservation* and ce:GetSavingsPlans* are checked by prefix only within ce:Get*;
                // the actions unique to the unchosen product must be absent.
                product.iamActions().stream()
                        .filter(a -> !Product.COST_ANALYTICS.iamActions().contains(a))
                        .filter(a -> !a.startsWith("ce:"))
                        .forEach(a -> assertThat(allActions).as(product.name()).doesNotContain(a));
            }
        }
    }

    @Test
    void policy_without_optional_products_grants_no_organizations_savings_plans_or_ec2_actions() {
        List<String> actions = allPolicyActions(parse(existingCur(Partition.AWS, Set.of())));
        assertThat(actions).noneMatch(a -> a.startsWith("organizations:") || a.startsWith("savingsplans:")
                || a.startsWith("ec2:"));
        assertThat(actions).doesNotContain("ce:GetReservation*", "ce:GetSavingsPlans*");
    }

    @Test
    void every_policy_statement_only_allows() {
        Map<String, Object> template = parse(existingCur(Partition.AWS, EnumSet.allOf(Product.class)));
        assertThat(statements(template, CloudFormationTemplate.POLICY))
                .allSatisfy(s -> assertThat(s.get("Effect")).isEqualTo("Allow"))
                .extracting(s -> s.get("Sid"))
                .doesNotHaveDuplicates();
        assertThat(allPolicyActions(template)).noneMatch(a -> a.equals("*") || a.endsWith(":*"));
    }

    @Test
    void policy_is_attached_to_the_role() {
        Map<String, Object> properties = map(parse(existingCur(Partition.AWS, Set.of())),
                "Resources", CloudFormationTemplate.POLICY, "Properties");
        assertThat(properties.get("Roles")).isEqualTo(List.of(Map.of("Ref", "PayerlinkRole")));
    }

    @Test
    void cost_analytics_reads_only_the_report_prefix_of_the_cur_bucket() {
        Map<String, Object> template = parse(existingCur(Partition.AWS, Set.of()));

        Map<String, Object> list = statement(template, CloudFormationTemplate.POLICY, "CurBucketList");
        assertThat(actions(list)).containsExactly("s3:ListBucket");
        assertThat(sub(list.get("Resource"))).isEqualTo("arn:${AWS::Partition}:s3:::acme-cur");
        assertThat(map(list, "Condition", "StringLike").get("s3:prefix"))
                .isEqualTo(List.of("reports/cur", "reports/cur/*"));

        Map<String, Object> read = statement(template, CloudFormationTemplate.POLICY, "CurReportRead");
        assertThat(actions(read)).containsExactly("s3:GetObject");
        assertThat(sub(read.get("Resource"))).isEqualTo("arn:${AWS::Partition}:s3:::acme-cur/reports/cur/*");

        Map<String, Object> location = statement(template, CloudFormationTemplate.POLICY, "CurBucketLocation");
        assertThat(actions(location)).containsExactly("s3:GetBucketLocation");
        assertThat(sub(location.get("Resource"))).isEqualTo("arn:${AWS::Partition}:s3:::acme-cur");
    }

    @Test
    void without_a_prefix_the_whole_bucket_is_the_report_location() {
        TemplateRequest request = new TemplateRequest(Partition.AWS, ACCOUNT, "", EXTERNAL_ID, Set.of(), PLATFORM,
                BucketName.parse("acme-cur"), ReportPrefix.none(), CurReportName.parse("r"), false);
        Map<String, Object> template = parse(request);
        assertThat(statement(template, CloudFormationTemplate.POLICY, "CurBucketList")).doesNotContainKey("Condition");
        assertThat(sub(statement(template, CloudFormationTemplate.POLICY, "CurReportRead").get("Resource")))
                .isEqualTo("arn:${AWS::Partition}:s3:::acme-cur/*");
    }

    @ParameterizedTest
    @EnumSource(Partition.class)
    void every_arn_uses_the_partition_variable_never_a_literal_partition(Partition partition) {
        Map<String, Object> template = parse(createdCur(partition, null, ReportPrefix.parse("cur")));
        List<String> arns = allStrings(template).stream().filter(s -> s.startsWith("arn:")).toList();
        assertThat(arns).isNotEmpty().allSatisfy(arn -> assertThat(arn).startsWith("arn:${AWS::Partition}:"));
        assertThat(CloudFormationTemplate.render(createdCur(partition, null, ReportPrefix.parse("cur"))))
                .doesNotContain("arn:aws:", "arn:aws-cn:");
    }

    @Test
    void existing_cur_template_creates_no_bucket_or_report() {
        Map<String, Object> resources = map(parse(existingCur(Partition.AWS, Set.of())), "Resources");
        assertThat(resources).containsOnlyKeys(CloudFormationTemplate.ROLE, CloudFormationTemplate.POLICY);
    }

    @Test
    void created_cur_has_the_settings_the_wizard_requires() {
        Map<String, Object> template = parse(createdCur(Partition.AWS, BucketName.parse("acme-cur"),
                ReportPrefix.parse("reports")));
        Map<String, Object> report = map(template, "Resources", CloudFormationTemplate.CUR_REPORT);
        assertThat(report.get("Type")).isEqualTo("AWS::CUR::ReportDefinition");
        assertThat(report.get("DependsOn")).isEqualTo(CloudFormationTemplate.CUR_BUCKET_POLICY);
        Map<String, Object> properties = map(report, "Properties");
        assertThat(properties).containsEntry("TimeUnit", "HOURLY")
                .containsEntry("Format", "Parquet")
                .containsEntry("Compression", "Parquet")
                .containsEntry("AdditionalSchemaElements", List.of("RESOURCES"))
                .containsEntry("AdditionalArtifacts", List.of("ATHENA"))
                .containsEntry("RefreshClosedReports", true)
                .containsEntry("ReportVersioning", "OVERWRITE_REPORT")
                .containsEntry("ReportName", "payerlink-hourly")
                .containsEntry("S3Bucket", Map.of("Ref", CloudFormationTemplate.CUR_BUCKET))
                .containsEntry("S3Prefix", "reports")
                .containsEntry("S3Region", Map.of("Ref", "AWS::Region"));

        Map<String, Object> bucket = map(template, "Resources", CloudFormationTemplate.CUR_BUCKET);
        assertThat(bucket.get("Type")).isEqualTo("AWS::S3::Bucket");
        assertThat(map(bucket, "Properties").get("BucketName")).isEqualTo("acme-cur");
        assertThat(bucket.get("DeletionPolicy")).isEqualTo("Retain");
    }

    @ParameterizedTest
    @CsvSource({"AWS, us-east-1", "AWS_CN, cn-northwest-1"})
    void bucket_policy_lets_only_this_accounts_cur_deliver(Partition partition, String curRegion) {
        Map<String, Object> template = parse(createdCur(partition, BucketName.parse("acme-cur"), ReportPrefix.none()));
        Map<String, Object> policy = map(template, "Resources", CloudFormationTemplate.CUR_BUCKET_POLICY);
        assertThat(policy.get("Type")).isEqualTo("AWS::S3::BucketPolicy");
        assertThat(map(policy, "Properties").get("Bucket")).isEqualTo(Map.of("Ref", CloudFormationTemplate.CUR_BUCKET));

        Map<String, Object> check = statement(template, CloudFormationTemplate.CUR_BUCKET_POLICY,
                "BillingReportsCheckBucket");
        Map<String, Object> deliver = statement(template, CloudFormationTemplate.CUR_BUCKET_POLICY,
                "BillingReportsDeliver");
        assertThat(actions(check)).containsExactly("s3:GetBucketAcl", "s3:GetBucketPolicy");
        assertThat(sub(check.get("Resource"))).isEqualTo("arn:${AWS::Partition}:s3:::acme-cur");
        assertThat(actions(deliver)).containsExactly("s3:PutObject");
        assertThat(sub(deliver.get("Resource"))).isEqualTo("arn:${AWS::Partition}:s3:::acme-cur/*");
        for (Map<String, Object> statement : List.of(check, deliver)) {
            assertThat(map(statement, "Principal")).containsExactly(Map.entry("Service", "billingreports.amazonaws.com"));
            Map<String, Object> equals = map(statement, "Condition", "StringEquals");
            assertThat(sub(equals.get("aws:SourceArn")))
                    .isEqualTo("arn:${AWS::Partition}:cur:" + curRegion + ":${AWS::AccountId}:definition/*");
            assertThat(sub(equals.get("aws:SourceAccount"))).isEqualTo("${AWS::AccountId}");
        }
    }

    @Test
    void created_cur_without_a_bucket_name_uses_one_made_from_the_account_id() {
        TemplateRequest request = createdCur(Partition.AWS, null, ReportPrefix.none());
        assertThat(request.curBucket()).isEqualTo(BucketName.parse("payerlink-cur-012345678901"));
        Map<String, Object> template = parse(request);
        assertThat(map(template, "Resources", CloudFormationTemplate.CUR_BUCKET, "Properties").get("BucketName"))
                .isEqualTo("payerlink-cur-012345678901");
        assertThat(sub(statement(template, CloudFormationTemplate.POLICY, "CurBucketLocation").get("Resource")))
                .isEqualTo("arn:${AWS::Partition}:s3:::payerlink-cur-012345678901");
    }

    @Test
    void an_existing_cur_needs_a_bucket_name() {
        assertThatThrownBy(() -> new TemplateRequest(Partition.AWS, ACCOUNT, "", EXTERNAL_ID, Set.of(), PLATFORM,
                null, null, null, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("CUR bucket name is missing");
    }

    @Test
    void outputs_the_role_arn() {
        Map<String, Object> output = map(parse(existingCur(Partition.AWS, Set.of())), "Outputs", "RoleArn");
        assertThat(output.get("Value")).isEqualTo(Map.of("Fn::GetAtt", List.of("PayerlinkRole", "Arn")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Acme: \"Holdings\" 'Ltd' #1",
            "Müller & Söhne GmbH — Zürich",
            "東京電力 株式会社 😀",
            "- leading dash: and {braces} [brackets] & *star !bang %percent @at `tick`",
            "line one\nline two\ttab",
            "${AWS::AccountId} not a variable",
            "yes",
            "null",
            "",
    })
    void any_account_name_gives_valid_yaml(String accountName) {
        TemplateRequest request = new TemplateRequest(Partition.AWS, ACCOUNT, accountName, EXTERNAL_ID, Set.of(),
                PLATFORM, BucketName.parse("acme-cur"), null, null, false);
        String yaml = CloudFormationTemplate.render(request);
        Map<String, Object> template = new Yaml().load(yaml);
        String expectedName = accountName.replace('\n', ' ').replace('\t', ' ').trim();
        assertThat((String) template.get("Description")).contains("012345678901").contains(expectedName);
        assertThat(map(template, "Resources")).containsOnlyKeys("PayerlinkRole", "PayerlinkPolicy");
    }

    @Test
    void a_very_long_account_name_is_shortened_in_the_description() {
        TemplateRequest request = new TemplateRequest(Partition.AWS, ACCOUNT, "n".repeat(5000), EXTERNAL_ID,
                Set.of(), PLATFORM, BucketName.parse("acme-cur"), null, null, false);
        String description = (String) parse(request).get("Description");
        assertThat(description.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
    }

    @Test
    void yaml_has_no_anchors_or_aliases_and_no_custom_tags() {
        String yaml = CloudFormationTemplate.render(createdCur(Partition.AWS, null, ReportPrefix.parse("cur")));
        List<Event> events = new ArrayList<>();
        new Yaml().parse(new StringReader(yaml)).forEach(events::add);
        assertThat(events).noneMatch(e -> e instanceof AliasEvent);
        assertThat(yaml).doesNotContain("!Ref", "!Sub", "!GetAtt", "&id", "!!");
    }
}
