package com.payerlink.security;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.ReportPrefix;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.aws.AwsClients;
import com.payerlink.verification.aws.AwsSettings;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.aws.CheckOutcome;
import com.payerlink.verification.aws.ConnectionChecker;
import com.payerlink.verification.aws.ConnectionUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threat: the confused deputy. A tenant registers a role ARN of somebody else's account; if that role trusts the
 * platform without demanding this account's ExternalId, the platform would read another company's billing data for
 * the tenant. Verification must prove the ExternalId is enforced (AssumeRole without it and with a wrong one are
 * refused) and go no further otherwise. AWS is WireMock in STS's wire format, matching the ExternalId form field.
 */
class ConfusedDeputyTest {

    private static final String ACCOUNT = "123456789012";

    private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/PayerlinkRole";

    private static final String EXTERNAL_ID = "abcdefghijklmnopqrstuvwxyz234567";

    private static final String BUCKET = "victim-cur";

    private static AwsStub aws;

    private static AwsClients clients;

    private static ConnectionChecker checker;

    @BeforeAll
    static void startAws() {
        aws = AwsStub.start();
        clients = new AwsClients(new AwsSettings(aws.url(), "us-east-1", 2),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAPLATFORMEXAMPLE1", "platformSecret")));
        checker = new ConnectionChecker(clients);
    }

    @AfterAll
    static void stopAws() {
        checker.destroy();
        clients.destroy();
        aws.stop();
    }

    @BeforeEach
    void victimsBillingData() {
        aws.reset();
        aws.bucket(BUCKET, "")
            .objects(BUCKET, "cur/victim/20250101-20250201/victim-Manifest.json")
            .reports(AwsStub.report("victim", BUCKET, "cur"))
            .exports()
            .organization(ACCOUNT);
    }

    private static List<Check> verify() {
        return checker.check(new ConnectionUnderTest(Partition.AWS, ACCOUNT, ROLE, EXTERNAL_ID, BUCKET,
                ReportPrefix.parse("cur"), "victim", true));
    }

    /** The form fields of every AssumeRole the platform sent, in order. */
    private static List<Map<String, String>> assumeRoleCalls() {
        return aws.server().findAll(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole")))
            .stream().map(LoggedRequest::getBodyAsString).map(ConfusedDeputyTest::form).toList();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length < 2 ? "" : URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static void assertStoppedAtTheRole(List<Check> checks) {
        assertThat(checks).filteredOn(Check::failed).extracting(Check::code).containsExactly(CheckCode.EXTERNAL_ID_NOT_ENFORCED);
        Check c = checks.stream().filter(Check::failed).findFirst().orElseThrow();
        assertThat(c.message()).contains(ROLE, "ExternalId");
        assertThat(c.fix()).contains("sts:ExternalId", EXTERNAL_ID, "trust policy", "stack");
        // nothing the role can read is reported back to the tenant
        assertThat(checks).filteredOn(x -> x.code() != CheckCode.ROLE_ASSUMED && x.code() != CheckCode.EXTERNAL_ID_NOT_ENFORCED)
            .isNotEmpty()
            .allSatisfy(x -> assertThat(x.outcome()).isEqualTo(CheckOutcome.SKIPPED));
        assertThat(checks).extracting(Check::message).noneMatch(m -> m.contains("o-exampleorgid") || m.contains("Manifest"));
    }

    @Test
    void a_role_that_demands_this_accounts_external_id_passes_after_two_refused_probes() {
        aws.roleDemandsExternalId(ROLE, EXTERNAL_ID);

        List<Check> checks = verify();

        assertThat(checks).noneMatch(Check::failed);
        assertThat(checks).extracting(Check::code).contains(CheckCode.ROLE_ASSUMED, CheckCode.CUR_CONFORMS)
            .doesNotContain(CheckCode.EXTERNAL_ID_NOT_ENFORCED);
        List<Map<String, String>> calls = assumeRoleCalls();
        assertThat(calls).hasSize(3).allSatisfy(f -> assertThat(f.get("RoleArn")).isEqualTo(ROLE));
        assertThat(calls.get(0).get("ExternalId")).isEqualTo(EXTERNAL_ID);
        assertThat(calls).filteredOn(f -> !f.containsKey("ExternalId")).hasSize(1);
        assertThat(calls).filteredOn(f -> f.containsKey("ExternalId") && !EXTERNAL_ID.equals(f.get("ExternalId")))
            .singleElement().satisfies(f -> assertThat(f.get("ExternalId")).startsWith(ConnectionChecker.PROBE_EXTERNAL_ID_PREFIX));
    }

    @Test
    void a_role_that_trusts_the_platform_without_an_external_id_fails_with_EXTERNAL_ID_NOT_ENFORCED_and_goes_no_further() {
        aws.roleTrustsWithoutExternalId(ROLE);

        assertStoppedAtTheRole(verify());
    }

    @Test
    void a_role_that_accepts_any_external_id_fails_with_EXTERNAL_ID_NOT_ENFORCED() {
        aws.roleAcceptsAnyExternalId(ROLE);

        assertStoppedAtTheRole(verify());
    }

    @Test
    void a_role_that_checks_the_external_id_only_when_one_is_sent_fails_with_EXTERNAL_ID_NOT_ENFORCED() {
        aws.roleAcceptsMissingExternalId(ROLE, EXTERNAL_ID);

        assertStoppedAtTheRole(verify());
    }

    @Test
    void a_role_that_refuses_this_accounts_external_id_is_denied_before_any_probe() {
        aws.roleDemandsExternalId(ROLE, "theexternalidofanothertenant2345");

        List<Check> checks = verify();

        assertThat(checks).filteredOn(Check::failed).extracting(Check::code).containsExactly(CheckCode.ASSUME_ROLE_DENIED);
        assertThat(assumeRoleCalls()).hasSize(1);
    }

}
