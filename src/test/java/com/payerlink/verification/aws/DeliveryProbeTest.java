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

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The look for a first delivery: CUR 2.0's metadata folder first, every listing bounded. */
class DeliveryProbeTest {

    private static final String BUCKET = "acme-cur";

    private static AwsStub aws;

    private static AwsClients clients;

    private static DeliveryProbe probe;

    @BeforeAll
    static void startAws() {
        aws = AwsStub.start();
        clients = new AwsClients(new AwsSettings(aws.url(), "us-east-1", 1),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAPLATFORMEXAMPLE1", "platformSecret")));
        probe = new DeliveryProbe(clients);
    }

    @AfterAll
    static void stopAws() {
        clients.destroy();
        aws.stop();
    }

    @BeforeEach
    void roleWorks() {
        aws.reset();
        aws.assumeRoleSucceeds(null);
    }

    @Test
    void a_cur_2_manifest_under_metadata_is_found_with_one_bounded_listing() {
        String manifest = "cur/acme/metadata/BILLING_PERIOD=2025-01/acme-Manifest.json";
        aws.objects(BUCKET, manifest);

        assertThat(probe.firstManifest(connection())).contains(manifest);

        List<LoggedRequest> listings = listings();
        assertThat(listings).singleElement().satisfies(r -> {
            assertThat(r.queryParameter("prefix").firstValue()).isEqualTo("cur/acme/metadata/");
            assertThat(r.queryParameter("max-keys").firstValue()).isEqualTo("1000");
        });
    }

    @Test
    void without_a_delivery_nothing_is_found_and_no_listing_is_paged_through() {
        aws.objects(BUCKET, "cur/acme/readme.txt");

        assertThat(probe.firstManifest(connection())).isEmpty();

        assertThat(listings()).hasSize(2).allSatisfy(r -> {
            assertThat(r.queryParameter("max-keys").firstValue()).isEqualTo("1000");
            assertThat(r.queryParameter("continuation-token").isPresent()).isFalse();
        });
    }

    private static List<LoggedRequest> listings() {
        return aws.server().findAll(getRequestedFor(urlPathEqualTo("/" + BUCKET)).withQueryParam("list-type",
                equalTo("2")));
    }

    private static ConnectionUnderTest connection() {
        return new ConnectionUnderTest(Partition.AWS, "123456789012", "arn:aws:iam::123456789012:role/PayerlinkRole",
                "externalidexample", BUCKET, ReportPrefix.parse("cur"), "acme", false);
    }

}
