package com.payerlink.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What JSON log lines lose before they are written: anything shaped like one of the portal's secrets. */
class LogRedactionTest {

    @Test
    void api_tokens_and_bearer_headers_are_redacted() {
        String token = "pl_" + "A".repeat(20) + "b-c_" + "9".repeat(19);

        assertThat(LogRedaction.redact("headers={Authorization:[Bearer " + token + "]}"))
            .doesNotContain(token).contains("Bearer [redacted]");
        assertThat(LogRedaction.redact("token " + token + " was revoked")).isEqualTo("token pl_[redacted] was revoked");
    }

    @Test
    void aws_keys_session_tokens_and_external_ids_are_redacted_in_queries_headers_and_xml() {
        String request = "Action=AssumeRole&RoleArn=arn:aws:iam::210987654321:role/Payerlink"
                + "&ExternalId=customer-chosen-id&DurationSeconds=3600";
        String header = "Authorization: AWS4-HMAC-SHA256 Credential=AKIAPLATFORMEXAMPLE1/20261201/us-east-1/sts";
        String xml = "<AccessKeyId>ASIAASSUMEDROLEKEY01</AccessKeyId><SecretAccessKey>assumedSecret0123</SecretAccessKey>"
                + "<SessionToken>FwoGZXIvYXdzEXAMPLETOKEN</SessionToken>";

        assertThat(LogRedaction.redact(request)).doesNotContain("customer-chosen-id").contains("ExternalId=[redacted]")
            .contains("RoleArn=arn:aws:iam::210987654321:role/Payerlink");
        assertThat(LogRedaction.redact(header)).doesNotContain("AKIAPLATFORMEXAMPLE1");
        assertThat(LogRedaction.redact("X-Amz-Security-Token: FwoGZXIvYXdzEXAMPLETOKEN")).doesNotContain("EXAMPLETOKEN");
        assertThat(LogRedaction.redact(xml)).doesNotContain("ASIAASSUMEDROLEKEY01", "assumedSecret0123",
                "FwoGZXIvYXdzEXAMPLETOKEN");
    }

    @Test
    void generated_external_ids_invitation_links_and_passwords_are_redacted() {
        String externalId = "abcdefghijklmnopqrstuvwxyz234567";

        assertThat(LogRedaction.redact("checked role with " + externalId)).doesNotContain(externalId);
        assertThat(LogRedaction.redact("GET https://portal.example.test/invite/Zx9_secret-Token?x=1"))
            .isEqualTo("GET https://portal.example.test/invite/[redacted]?x=1");
        assertThat(LogRedaction.redact("GET /set-password/Zx9_secret-Token HTTP/1.1"))
            .isEqualTo("GET /set-password/[redacted] HTTP/1.1");
        assertThat(LogRedaction.redact("password: R_gSEi2oi7BHthFN2QhXsvbB")).doesNotContain("R_gSEi2oi7BHthFN2QhXsvbB");
        assertThat(LogRedaction.redact("{\"password\":\"correct horse\"}")).doesNotContain("correct");
    }

    @Test
    void ordinary_log_lines_stay_as_they_are() {
        String line = "Verification run 1b4e28ba-2fa1-11d2-883f-0016d3cca427 of tenant 6f1c passed for account 210987654321";

        assertThat(LogRedaction.redact(line)).isEqualTo(line);
    }

}
