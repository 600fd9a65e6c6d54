package com.payerlink.verification.aws;

import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.Optional;

/** Looks for the first delivery of an account's cost report: a report manifest under its prefix. */
@Component
public class DeliveryProbe {

    private final AwsClients aws;

    public DeliveryProbe(AwsClients aws) {
        this.aws = aws;
    }

    /**
     * The key of a report manifest under the account's prefix, if one has been delivered: legacy CUR
     * ({@code <prefix>/<report>/<period>/<report>-Manifest.json}) or CUR 2.0 ({@code .../metadata/...-Manifest.json}).
     *
     * @throws AwsProblem when the bucket cannot be read as the account's role
     */
    public Optional<String> firstManifest(ConnectionUnderTest c) {
        try {
            var role = aws.assume(c, false);
            return aws.in(c.partition()).s3()
                .listObjectsV2Paginator(r -> r.bucket(c.bucket()).prefix(c.prefix().keyPrefix())
                    .overrideConfiguration(AwsClients.as(role)))
                .contents().stream()
                .map(S3Object::key)
                .filter(key -> key.endsWith("Manifest.json"))
                .findFirst();
        }
        catch (SdkException e) {
            throw new AwsProblem("Could not look for a report in " + c.location() + ": " + e.getMessage());
        }
    }

}
