package com.payerlink.verification.aws;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform notice when the portal has no AWS identity of its own. */
class PlatformIdentityNoticeTest {

    private static final AwsSettings SETTINGS = new AwsSettings(URI.create("http://127.0.0.1:9"), "us-east-1", 1);

    @Test
    void without_an_identity_everyone_hears_that_verification_is_paused() {
        try (var clients = closing(new AwsClients(SETTINGS, () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        }))) {
            var notice = new PlatformIdentityNotice(clients.get()).now();

            assertThat(notice).isNotNull();
            assertThat(notice.message()).contains("Unable to load credentials").contains("AWS_ACCESS_KEY_ID");
            assertThat(notice.userMessage()).startsWith("Verification against AWS is paused");
        }
    }

    @Test
    void with_an_identity_there_is_no_notice() {
        try (var clients = closing(new AwsClients(SETTINGS,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", "secret"))))) {
            assertThat(new PlatformIdentityNotice(clients.get()).now()).isNull();
        }
    }

    private static Closing closing(AwsClients clients) {
        return new Closing(clients);
    }

    private record Closing(AwsClients get) implements AutoCloseable {

        @Override
        public void close() {
            get.destroy();
        }

    }

}
