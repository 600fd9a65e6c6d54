package com.payerlink.verification.aws;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks one account's connection against AWS, as PRODUCT.md describes: the platform assumes the role
 * with the ExternalId; then, as that role, looks at the CUR bucket and prefix, the report definition
 * (legacy CUR or CUR 2.0) and, for management accounts, the organization. Every finding is a {@link Check}
 * with a code, a plain message and the fix; nothing is thrown.
 */
@Component
public class ConnectionChecker implements DisposableBean {

    private final AwsClients aws;

    private final BucketCheck bucket;

    private final CostReportCheck costReport;

    private final OrganizationCheck organization;

    // The bucket, the report and the organization are independent once the role is assumed: asked at once.
    private final ExecutorService parallel = Executors.newCachedThreadPool(daemonThreads());

    public ConnectionChecker(AwsClients aws) {
        this.aws = aws;
        this.bucket = new BucketCheck(aws);
        this.costReport = new CostReportCheck(aws);
        this.organization = new OrganizationCheck(aws);
    }

    /** Every check of one connection, in a fixed order: identity, role, bucket, prefix, report, organization. */
    public List<Check> check(ConnectionUnderTest c) {
        List<Check> checks = new ArrayList<>();
        var identityProblem = aws.platformIdentityProblem();
        if (identityProblem.isPresent()) {
            checks.add(platformCredentialsMissing());
            checks.add(Check.skipped(CheckCode.ROLE_ASSUMED, "Not checked: the portal has no AWS identity."));
            return checks;
        }
        Credentials role;
        try {
            role = aws.assume(c, true);
            checks.add(Check.pass(CheckCode.ROLE_ASSUMED, "The platform assumed " + c.roleArn()
                    + " with the account's ExternalId."));
        }
        catch (SdkException e) {
            checks.add(assumeRoleFailure(c, e));
            checks.add(Check.skipped(CheckCode.BUCKET_FOUND, "Not checked: the role could not be assumed."));
            checks.add(Check.skipped(CheckCode.CUR_CONFORMS, "Not checked: the role could not be assumed."));
            return checks;
        }
        CompletableFuture<List<Check>> report = CompletableFuture.supplyAsync(() -> costReport.check(c, role), parallel);
        CompletableFuture<List<Check>> org = c.management()
                ? CompletableFuture.supplyAsync(() -> List.of(organization.check(c, role)), parallel)
                : CompletableFuture.completedFuture(List.of());
        checks.addAll(bucket.check(c, role));
        checks.addAll(report.join());
        checks.addAll(org.join());
        return checks;
    }

    /** The check that says the portal has no AWS identity, and how an administrator gives it one. */
    public static Check platformCredentialsMissing() {
        return Check.fail(CheckCode.PLATFORM_CREDENTIALS_MISSING,
                "The portal has no AWS identity of its own, so it cannot ask AWS anything about this account.",
                "A portal administrator configures the platform account's identity: on AWS, give the portal an IAM"
                        + " role (EC2 instance profile, ECS task role or EKS service account); elsewhere set"
                        + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in the portal's environment."
                        + " Then verify again.");
    }

    private Check assumeRoleFailure(ConnectionUnderTest c, SdkException e) {
        if (e instanceof AwsServiceException s && (s.statusCode() == 403 || "AccessDenied".equals(AwsErrors.errorCode(s)))) {
            return Check.fail(CheckCode.ASSUME_ROLE_DENIED, "AWS refused to let the platform assume " + c.roleArn()
                    + ": the role's trust policy does not trust the platform account, or the ExternalId differs"
                    + " (or no role has this name).",
                    "In IAM of account " + c.accountId() + ", check that the role exists with exactly this name (names"
                            + " are case-sensitive), that its trust policy names the platform account as principal,"
                            + " and that its sts:ExternalId condition is " + c.externalId() + "." + AwsErrors.TEMPLATE_FIX);
        }
        return AwsErrors.otherFailure(CheckCode.ROLE_ASSUMED, "sts:AssumeRole", e);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "aws-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void destroy() {
        parallel.shutdownNow();
    }

}
