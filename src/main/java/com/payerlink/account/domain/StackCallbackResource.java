package com.payerlink.account.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.payerlink.account.domain.CloudFormationTemplate.BUCKET_REGION;
import static com.payerlink.account.domain.CloudFormationTemplate.CALLBACK;
import static com.payerlink.account.domain.CloudFormationTemplate.CALLBACK_SECRET;
import static com.payerlink.account.domain.CloudFormationTemplate.CALLBACK_URL;
import static com.payerlink.account.domain.CloudFormationTemplate.CREATE_REPORT;
import static com.payerlink.account.domain.CloudFormationTemplate.POLICY;
import static com.payerlink.account.domain.CloudFormationTemplate.REPORT_NAME;
import static com.payerlink.account.domain.CloudFormationTemplate.REPORT_PREFIX;
import static com.payerlink.account.domain.CloudFormationTemplate.ROLE;
import static com.payerlink.account.domain.TemplateYaml.list;
import static com.payerlink.account.domain.TemplateYaml.map;
import static com.payerlink.account.domain.TemplateYaml.policyDocument;
import static com.payerlink.account.domain.TemplateYaml.ref;
import static com.payerlink.account.domain.TemplateYaml.resource;
import static com.payerlink.account.domain.TemplateYaml.sub;

/**
 * How the stack reports back: a Lambda-backed custom resource whose short inline Python (standard library only)
 * posts the role ARN, account, partition, region, stack id and the report it made to Payerlink on Create, Update and
 * Delete, and always answers CloudFormation SUCCESS, with Payerlink's answer or why it was not reached as the reason.
 */
final class StackCallbackResource {

    static final String FUNCTION = "PayerlinkCallbackFunction";
    static final String FUNCTION_ROLE = "PayerlinkCallbackFunctionRole";

    /** The inline code: the same file a test runs against a stand-in portal and ResponseURL. */
    static final String CODE = load();

    private StackCallbackResource() {
    }

    static Map<String, Object> resources(TemplateSettings s) {
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put(FUNCTION_ROLE, TemplateResources.withCondition("ReportsBack", resource("AWS::IAM::Role", map(
                "Description", "Lets the Payerlink callback function write its logs, nothing else.",
                "AssumeRolePolicyDocument", policyDocument(list(map(
                        "Effect", "Allow",
                        "Principal", map("Service", "lambda.amazonaws.com"),
                        "Action", "sts:AssumeRole"))),
                "ManagedPolicyArns", list(sub(
                        "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"))))));
        resources.put(FUNCTION, TemplateResources.withCondition("ReportsBack", resource("AWS::Lambda::Function", map(
                "Description", "Reports this stack's role to Payerlink; always answers CloudFormation.",
                "Runtime", "python3.12",
                "Handler", "index.handler",
                "Timeout", 60,
                "Role", map("Fn::GetAtt", list(FUNCTION_ROLE, "Arn")),
                "Code", map("ZipFile", CODE)))));
        Map<String, Object> callback = TemplateResources.withCondition("ReportsBack",
                resource("Custom::PayerlinkCallback", properties(s)));
        callback.put("DependsOn", POLICY);
        resources.put(CALLBACK, callback);
        return resources;
    }

    private static Map<String, Object> properties(TemplateSettings s) {
        boolean account = s.kind() == TemplateKind.ACCOUNT;
        Map<String, Object> p = map(
                "ServiceToken", map("Fn::GetAtt", list(FUNCTION, "Arn")),
                "CallbackUrl", ref(CALLBACK_URL),
                "CallbackSecret", ref(CALLBACK_SECRET),
                "RoleArn", map("Fn::GetAtt", list(ROLE, "Arn")),
                "AccountId", ref("AWS::AccountId"),
                "Partition", ref("AWS::Partition"),
                "Region", ref("AWS::Region"),
                "StackId", ref("AWS::StackId"),
                "StackSet", String.valueOf(!account));
        if (account) {
            p.put("CreateReport", ref(CREATE_REPORT));
            p.put("CurBucket", TemplateResources.bucketName());
            p.put("ReportName", ref(REPORT_NAME));
            p.put("ReportPrefix", ref(REPORT_PREFIX));
            p.put("BucketRegion", ref(BUCKET_REGION));
        }
        return p;
    }

    private static String load() {
        try (InputStream in = StackCallbackResource.class.getResourceAsStream("stack_callback.py")) {
            if (in == null) {
                throw new IllegalStateException("stack_callback.py is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
