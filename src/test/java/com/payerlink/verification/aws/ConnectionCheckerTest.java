package com.payerlink.verification.aws;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.ReportPrefix;
import com.payerlink.verification.AwsStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The checks of one connection, through the real AWS SDK against AWS's wire formats (WireMock). */
class ConnectionCheckerTest {

    private static final String ACCOUNT = "123456789012";

    private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/PayerlinkRole";

    private static final String BUCKET = "acme-cur";

    private static AwsStub aws;

    private static AwsClients clients;

    private static ConnectionChecker checker;

    @BeforeAll
    static void startAws() {
        aws = AwsStub.start();
        clients = new AwsClients(new AwsSettings(aws.url(), "us-east-1", 3),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAPLATFORMEXAMPLE1", "platformSecret")),
                new ChinaIdentitySettings("AKIACHINAPLATFORM001", "chinaSecret", null, null));
        checker = new ConnectionChecker(clients);
    }

    @AfterAll
    static void stopAws() {
        checker.destroy();
        clients.destroy();
        aws.stop();
    }

    @BeforeEach
    void healthyAccount() {
        aws.reset();
        aws.assumeRoleSucceeds(null)
            .bucket(BUCKET, "")
            .objects(BUCKET, "cur/acme/20250101-20250201/acme-Manifest.json")
            .reports(AwsStub.report("acme", BUCKET, "cur"))
            .exports()
            .organization(ACCOUNT);
    }

    private static ConnectionUnderTest connection(boolean management) {
        return new ConnectionUnderTest(Partition.AWS, ACCOUNT, ROLE, "externalidexample", BUCKET,
                ReportPrefix.parse("cur"), "acme", management);
    }

    private static List<Check> check() {
        return checker.check(connection(false));
    }

    private static Check failure(List<Check> checks, CheckCode code) {
        assertThat(checks).filteredOn(Check::failed).extracting(Check::code).contains(code);
        return checks.stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }

    @Test
    void a_conforming_connection_passes_every_check_and_reads_the_organization_of_a_management_account() {
        List<Check> checks = checker.check(connection(true));

        assertThat(checks).extracting(Check::code).containsExactly(CheckCode.ROLE_ASSUMED, CheckCode.BUCKET_FOUND,
                CheckCode.PREFIX_READABLE, CheckCode.CUR_CONFORMS, CheckCode.ORGANIZATION_READ);
        assertThat(checks).allMatch(c -> c.outcome() == CheckOutcome.PASS);
        LoggedRequest assume = aws.server().findAll(postRequestedFor(urlPathEqualTo("/"))
            .withRequestBody(containing("Action=AssumeRole"))).get(0);
        assertThat(assume.getBodyAsString()).contains("ExternalId=externalidexample", "RoleSessionName=payerlink-" + ACCOUNT);
    }

    @Test
    void a_cur_2_export_passes_when_there_is_no_legacy_report() {
        aws.reports().exports(AwsStub.export("acme-cur2", BUCKET, "cur", "HOURLY", "TRUE"));

        assertThat(check()).filteredOn(c -> c.code() == CheckCode.CUR_CONFORMS)
            .singleElement().satisfies(c -> assertThat(c.message()).contains("CUR 2.0 export acme-cur2"));
    }

    @Test
    void assume_role_denied_names_the_trust_policy_and_the_external_id() {
        aws.assumeRoleDenied(ROLE);

        Check c = failure(check(), CheckCode.ASSUME_ROLE_DENIED);
        assertThat(c.message()).contains("trust policy", "ExternalId differs");
        assertThat(c.fix()).contains("externalidexample");
    }

    @Test
    void bucket_not_found() {
        aws.bucketMissing(BUCKET);

        assertThat(failure(check(), CheckCode.BUCKET_NOT_FOUND).message()).contains(BUCKET, "does not exist");
    }

    @Test
    void bucket_in_an_opt_in_region() {
        aws.bucket(BUCKET, "af-south-1");

        Check c = failure(check(), CheckCode.BUCKET_REGION_OPT_IN);
        assertThat(c.message()).contains("af-south-1");
        assertThat(c.fix()).contains("us-east-1 recommended");
    }

    @Test
    void bucket_access_denied() {
        aws.bucketDenied(BUCKET);

        assertThat(failure(check(), CheckCode.BUCKET_ACCESS_DENIED).fix()).contains("s3:ListBucket", "bucket policy");
    }

    @Test
    void an_empty_prefix_is_a_warning_that_the_first_delivery_can_take_a_day() {
        aws.objects(BUCKET);

        List<Check> checks = check();
        assertThat(checks).noneMatch(Check::failed);
        assertThat(checks).filteredOn(c -> c.code() == CheckCode.REPORT_NOT_DELIVERED_YET).singleElement()
            .satisfies(c -> assertThat(c.outcome()).isEqualTo(CheckOutcome.WARN));
    }

    @Test
    void cur_not_found() {
        aws.reports(AwsStub.report("someone-elses", "other-bucket", ""));

        assertThat(failure(check(), CheckCode.CUR_NOT_FOUND).fix()).contains("s3://acme-cur/cur/");
    }

    @Test
    void cur_not_hourly() {
        assertLegacyProblem("TimeUnit", "DAILY", CheckCode.CUR_NOT_HOURLY);
    }

    @Test
    void cur_without_resource_ids() {
        assertLegacyProblem("AdditionalSchemaElements", List.of(), CheckCode.CUR_NO_RESOURCE_IDS);
    }

    @Test
    void cur_without_athena() {
        assertLegacyProblem("AdditionalArtifacts", List.of("QUICKSIGHT"), CheckCode.CUR_NO_ATHENA);
    }

    @Test
    void cur_not_parquet() {
        assertLegacyProblem("Format", "textORcsv", CheckCode.CUR_NOT_PARQUET);
    }

    @Test
    void cur_not_overwriting() {
        assertLegacyProblem("ReportVersioning", "CREATE_NEW_REPORT", CheckCode.CUR_NOT_OVERWRITE);
    }

    @Test
    void cur_without_refresh() {
        assertLegacyProblem("RefreshClosedReports", false, CheckCode.CUR_NO_REFRESH);
    }

    @Test
    void cur_delivered_to_another_bucket() {
        Check c = assertLegacyProblem("S3Bucket", "old-bucket", CheckCode.CUR_BUCKET_MISMATCH);
        assertThat(c.message()).contains("s3://old-bucket/cur/");
    }

    @Test
    void cur_2_export_that_is_daily_without_resources_names_both_problems() {
        aws.reports().exports(AwsStub.export("acme-cur2", BUCKET, "cur", "DAILY", "FALSE"));

        List<Check> checks = check();
        assertThat(checks).filteredOn(Check::failed).extracting(Check::code)
            .containsExactly(CheckCode.CUR_NOT_HOURLY, CheckCode.CUR_NO_RESOURCE_IDS);
    }

    @Test
    void cur_permission_denied_says_an_administrator_or_a_policy_restricts_the_user() {
        aws.jsonError(AwsStub.CUR, 400, "AccessDeniedException", "User is not authorized to perform cur:DescribeReportDefinitions")
            .jsonError(AwsStub.EXPORTS, 400, "AccessDeniedException", "not authorized");

        assertThat(failure(check(), CheckCode.CUR_PERMISSION_DENIED).message())
            .contains("an administrator or a policy", "restricts the user");
    }

    @Test
    void throttling_that_outlasts_the_retries_is_reported_as_throttled() {
        aws.assumeRoleThrottled();

        Check c = failure(check(), CheckCode.THROTTLED);
        assertThat(c.message()).contains("3 attempts");
        // three attempts with the account's ExternalId; the two ExternalId probes come after them
        assertThat(aws.server().findAll(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
            .withRequestBody(containing("ExternalId=externalidexample")))).hasSize(3);
    }

    @Test
    void throttling_then_success_passes_after_the_sdk_retried() {
        aws.assumeRoleThrottledThenSucceeds(2);

        List<Check> checks = check();

        assertThat(checks).noneMatch(Check::failed);
        // three attempts with the account's ExternalId; the two ExternalId probes come after them
        assertThat(aws.server().findAll(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
            .withRequestBody(containing("ExternalId=externalidexample")))).hasSize(3);
    }

    @Test
    void china_accounts_are_checked_in_cn_northwest_1_with_their_aws_cn_role() {
        String chinaRole = "arn:aws-cn:iam::" + ACCOUNT + ":role/PayerlinkRole";
        ConnectionUnderTest china = new ConnectionUnderTest(Partition.AWS_CN, ACCOUNT, chinaRole, "externalidexample",
                BUCKET, ReportPrefix.parse("cur"), "acme", true);
        aws.bucket(BUCKET, "cn-northwest-1");

        List<Check> checks = checker.check(china);

        assertThat(checks).allMatch(c -> c.outcome() == CheckOutcome.PASS);
        assertThat(signedRegion("Action=AssumeRole", null)).contains("/cn-northwest-1/sts/aws4_request")
            .contains("Credential=AKIACHINAPLATFORM001/");
        assertThat(signedRegion(null, AwsStub.CUR + "DescribeReportDefinitions")).contains("/cn-northwest-1/cur/aws4_request");
        assertThat(signedRegion(null, AwsStub.ORGANIZATIONS + "DescribeOrganization"))
            .contains("/cn-northwest-1/organizations/aws4_request");
        assertThat(aws.server().findAll(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole")))
            .get(0).getBodyAsString()).contains("arn%3Aaws-cn%3Aiam");
    }

    private static String signedRegion(String body, String target) {
        var pattern = postRequestedFor(urlPathEqualTo("/"));
        if (body != null) {
            pattern = pattern.withRequestBody(containing(body));
        }
        if (target != null) {
            pattern = pattern.withHeader("X-Amz-Target", equalTo(target));
        }
        return aws.server().findAll(pattern).get(0).getHeader("Authorization");
    }

    @Test
    void without_a_platform_identity_nothing_is_asked_and_the_fix_says_how_to_configure_one() {
        AwsClients noIdentity = new AwsClients(new AwsSettings(aws.url(), "us-east-1", 3), () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        });
        try {
            List<Check> checks = new ConnectionChecker(noIdentity).check(connection(false));

            Check c = failure(checks, CheckCode.PLATFORM_CREDENTIALS_MISSING);
            assertThat(c.fix()).contains("AWS_ACCESS_KEY_ID", "IAM role");
            assertThat(aws.server().getAllServeEvents()).isEmpty();
        }
        finally {
            noIdentity.destroy();
        }
    }

    private static Check assertLegacyProblem(String field, Object value, CheckCode code) {
        Map<String, Object> report = AwsStub.report("acme", BUCKET, "cur");
        report.put(field, value);
        aws.reports(report);

        List<Check> checks = check();

        assertThat(checks).filteredOn(Check::failed).extracting(Check::code).containsExactly(code);
        return failure(checks, code);
    }

}
