package com.payerlink.verification.aws;

import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.ReportPrefix;
import com.payerlink.verification.AwsStub;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** "Linked accounts…" without a platform identity: the friendly message, never the SDK's own. */
class OrganizationReaderTest {

    @Test
    void without_a_platform_identity_the_message_says_who_configures_it_and_nothing_is_asked() {
        AwsStub aws = AwsStub.start();
        AwsClients noIdentity = new AwsClients(new AwsSettings(aws.url(), "us-east-1", 1), () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        });
        try {
            AwsProblem problem = catchThrowableOfType(AwsProblem.class, () -> new OrganizationReader(noIdentity)
                .linkedAccounts(new ConnectionUnderTest(Partition.AWS, "818181818181",
                        "arn:aws:iam::818181818181:role/PayerlinkRole", "x".repeat(32), "bucket", ReportPrefix.none(),
                        "report", true)));

            assertThat(problem.getMessage()).contains("The portal has no AWS identity of its own", "AWS_ACCESS_KEY_ID")
                .doesNotContain("Unable to load credentials");
            assertThat(aws.server().getAllServeEvents()).isEmpty();
        }
        finally {
            noIdentity.destroy();
            aws.stop();
        }
    }

    @Test
    void a_china_management_account_without_a_china_identity_gets_the_china_message_and_nothing_is_asked() {
        AwsStub aws = AwsStub.start();
        // a commercial identity exists; it never works in AWS China
        AwsClients commercialOnly = new AwsClients(new AwsSettings(aws.url(), "us-east-1", 1),
                () -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKIACOMMERCIAL1", "secret"));
        try {
            AwsProblem problem = catchThrowableOfType(AwsProblem.class, () -> new OrganizationReader(commercialOnly)
                .linkedAccounts(new ConnectionUnderTest(Partition.AWS_CN, "828282828282",
                        "arn:aws-cn:iam::828282828282:role/PayerlinkRole", "x".repeat(32), "bucket",
                        ReportPrefix.none(), "report", true)));

            assertThat(problem.getMessage()).contains("The portal has no AWS China identity",
                    "payerlink.aws.china.access-key-id").doesNotContain("AWS did not list");
            assertThat(aws.server().getAllServeEvents()).isEmpty();
        }
        finally {
            commercialOnly.destroy();
            aws.stop();
        }
    }

}
