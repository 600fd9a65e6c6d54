package com.payerlink.verification.aws;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.ReportPrefix;
import com.payerlink.verification.AwsStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which platform identity verifies which partition: AWS accounts with the commercial identity at the commercial
 * endpoint, AWS China accounts with the China identity at China's, never the commercial one. Two WireMock AWS stubs see
 * each request's signing key and region.
 */
class PlatformIdentityPerPartitionTest {

    private static final String COMMERCIAL_KEY = "AKIAPLATFORMEXAMPLE1";

    private static final String CHINA_KEY = "AKIACHINAPLATFORM001";

    private static final String ACCOUNT = "210987654321";

    private AwsStub commercial;

    private AwsStub china;

    @BeforeEach
    void start() {
        commercial = healthy(AwsStub.start(), "");
        china = healthy(AwsStub.start(), "cn-northwest-1");
    }

    @AfterEach
    void stop() {
        commercial.stop();
        china.stop();
    }

    private static AwsStub healthy(AwsStub aws, String bucketRegion) {
        return aws.assumeRoleSucceeds(null).bucket("acme-cur", bucketRegion).objects("acme-cur", "cur/acme/x-Manifest.json")
            .reports(AwsStub.report("acme", "acme-cur", "cur"));
    }

    private AwsClients clients(ChinaIdentitySettings chinaIdentity) {
        return new AwsClients(new AwsSettings(commercial.url(), "us-east-1", 1),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(COMMERCIAL_KEY, "commercialSecret")),
                chinaIdentity);
    }

    private static ConnectionUnderTest connection(Partition partition) {
        return new ConnectionUnderTest(partition, ACCOUNT, partition.arnPrefix() + ":iam::" + ACCOUNT + ":role/PayerlinkRole",
                "externalidexample", "acme-cur", ReportPrefix.parse("cur"), "acme", false);
    }

    private static List<LoggedRequest> assumeRoles(AwsStub aws) {
        return aws.server().findAll(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole")));
    }

    private List<Check> check(AwsClients clients, Partition partition) {
        ConnectionChecker checker = new ConnectionChecker(clients);
        try {
            return checker.check(connection(partition));
        }
        finally {
            checker.destroy();
            clients.destroy();
        }
    }

    @Test
    void aws_accounts_are_verified_with_the_commercial_identity_only() {
        List<Check> checks = check(clients(new ChinaIdentitySettings(CHINA_KEY, "chinaSecret", null, china.url())),
                Partition.AWS);

        assertThat(checks).allMatch(c -> c.outcome() == CheckOutcome.PASS, checks.toString());
        assertThat(assumeRoles(commercial)).isNotEmpty().allSatisfy(r -> assertThat(r.getHeader("Authorization"))
            .contains("Credential=" + COMMERCIAL_KEY + "/").contains("/us-east-1/sts/aws4_request"));
        assertThat(china.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void china_accounts_are_verified_with_the_china_identity_at_chinas_endpoint_never_the_commercial_one() {
        List<Check> checks = check(clients(new ChinaIdentitySettings(CHINA_KEY, "chinaSecret", null, china.url())),
                Partition.AWS_CN);

        assertThat(checks).allMatch(c -> c.outcome() == CheckOutcome.PASS, checks.toString());
        assertThat(assumeRoles(china)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).contains("Credential=" + CHINA_KEY + "/")
                .contains("/cn-northwest-1/sts/aws4_request").doesNotContain(COMMERCIAL_KEY);
            assertThat(r.getBodyAsString()).contains("arn%3Aaws-cn%3Aiam");
        });
        assertThat(commercial.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void without_a_china_identity_china_accounts_ask_aws_nothing_and_say_what_to_set() {
        AwsClients clients = clients(ChinaIdentitySettings.none());
        assertThat(clients.platformIdentityProblem(Partition.AWS)).isEmpty();

        List<Check> checks = check(clients, Partition.AWS_CN);

        assertThat(checks.get(0).code()).isEqualTo(CheckCode.PLATFORM_CREDENTIALS_MISSING);
        assertThat(checks.get(0).fix()).contains("payerlink.aws.china.access-key-id");
        assertThat(commercial.server().getAllServeEvents()).isEmpty();
        assertThat(china.server().getAllServeEvents()).isEmpty();
    }

}
