package com.payerlink.verification.aws;

import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.ReportPrefix;
import com.payerlink.verification.AwsStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The platform's AWS clients: the assumed credentials' cache is bounded, STS calls are paced. */
class AwsClientsTest {

    private static AwsStub aws;

    @BeforeAll
    static void startAws() {
        aws = AwsStub.start();
    }

    @AfterAll
    static void stopAws() {
        aws.stop();
    }

    @BeforeEach
    void rolesWork() {
        aws.reset();
        aws.assumeRoleSucceeds(null);
    }

    @Test
    void reused_credentials_are_kept_for_at_most_the_configured_number_of_roles() {
        AwsClients clients = clients(2, 1000);
        try {
            for (int i = 0; i < 5; i++) {
                clients.assume(connection(i), false);
            }
            assertThat(clients.cachedCredentials()).isLessThanOrEqualTo(2);
            assertThat(assumeRoleCalls()).isEqualTo(5);

            clients.assume(connection(7), false);
            clients.assume(connection(7), false);
            assertThat(assumeRoleCalls()).as("the second look reuses the first's credentials").isEqualTo(6);
            clients.assume(connection(7), true);
            assertThat(assumeRoleCalls()).as("a verification assumes afresh").isEqualTo(7);
        }
        finally {
            clients.destroy();
        }
    }

    @Test
    void sts_calls_beyond_the_pace_wait_for_their_turn() {
        AwsClients clients = clients(10, 10);
        try {
            long start = System.nanoTime();
            // ten go out at once (one second's worth), the next ten at ten per second
            for (int i = 0; i < 20; i++) {
                clients.assume(connection(i), true);
            }
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
            assertThat(assumeRoleCalls()).isEqualTo(20);
        }
        finally {
            clients.destroy();
        }
    }

    private static AwsClients clients(int cacheSize, int stsPerSecond) {
        return new AwsClients(new AwsSettings(aws.url(), "us-east-1", 1, stsPerSecond, cacheSize),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAPLATFORMEXAMPLE1", "platformSecret")));
    }

    private static ConnectionUnderTest connection(int i) {
        String account = String.format("%012d", 123_400_000_000L + i);
        return new ConnectionUnderTest(Partition.AWS, account, "arn:aws:iam::" + account + ":role/PayerlinkRole",
                "externalidexample", "bucket-" + i, ReportPrefix.none(), "report", false);
    }

    private static int assumeRoleCalls() {
        return aws.server().findAll(postRequestedFor(urlPathEqualTo("/"))
            .withRequestBody(containing("Action=AssumeRole"))).size();
    }

}
