package com.payerlink.verification.aws;

import com.payerlink.account.domain.Partition;

import com.payerlink.account.domain.ExternalId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks one account's connection against AWS, as PRODUCT.md describes: the platform assumes the role
 * with the ExternalId and proves that the role refuses the platform without it and with a wrong one (else
 * {@link CheckCode#EXTERNAL_ID_NOT_ENFORCED} fails and nothing else is reported); as that role, it looks at the
 * CUR bucket and prefix, the report definition (legacy CUR or CUR 2.0) and, for management accounts with
 * Organization Discovery, the organization. Every finding is a {@link Check}
 * with a code, a plain message and the fix; nothing is thrown.
 */
@Component
public class ConnectionChecker implements DisposableBean {

    /**
     * How the wrong ExternalId of the probe starts: the customer's CloudTrail shows the refused probes as
     * Payerlink's own, on purpose.
     */
    public static final String PROBE_EXTERNAL_ID_PREFIX = "payerlink-probe-";

    private final AwsClients aws;

    private final BucketCheck bucket;

    private final CostReportCheck costReport;

    private final OrganizationCheck organization;

    private final ExecutorService parallel = Executors.newCachedThreadPool(daemonThreads());

    public ConnectionChecker(AwsClients aws) {
        this.aws = aws;
        this.bucket = new BucketCheck(aws);
        this.costReport = new CostReportCheck(aws);
        this.organization = new OrganizationCheck(aws);
    }

    /** Every check of one connection, in a fixed order: identity, role, bucket, prefix, report, organization. */
    public List<Check> check(ConnectionUnderTest c) {
        return check(c, true);
    }

    /**
     * The checks of a member account of a management account's organization, whose report lives in the management
     * account: the role is assumed with the member's ExternalId, demands it, and AWS names the member account as the
     * assumed identity. Bucket and report are not read (the member's role may not read the management's bucket).
     */
    public List<Check> checkMemberRole(ConnectionUnderTest c) {
        return check(c, false);
    }

    private List<Check> check(ConnectionUnderTest c, boolean readsReport) {
        if (aws.platformIdentityProblem(c.partition()).isPresent()) {
            return List.of(identityMissing(c.partition()),
                    Check.skipped(CheckCode.ROLE_ASSUMED, "Not checked: the portal has no AWS identity."));
        }
        AssumeRoleResponse assumed;
        try {
            assumed = aws.assumeRole(c);
        }
        catch (SdkException e) {
            String why = "Not checked: the role could not be assumed.";
            return List.of(assumeRoleFailure(c, e), Check.skipped(CheckCode.BUCKET_FOUND, why),
                    Check.skipped(CheckCode.CUR_CONFORMS, why));
        }
        // Two more STS calls prove the role demands this account's ExternalId; they run beside the reads.
        CompletableFuture<Probe> withoutExternalId = CompletableFuture.supplyAsync(() -> probe(c, null), parallel);
        CompletableFuture<Probe> wrongExternalId = CompletableFuture.supplyAsync(
                () -> probe(c, PROBE_EXTERNAL_ID_PREFIX + ExternalId.generate().value()), parallel);
        CompletableFuture<List<Check>> reads = readsReport ? reads(c, assumed.credentials())
                : CompletableFuture.completedFuture(List.of(identityOf(c, assumed)));
        Optional<Check> enforcement = externalIdEnforcement(c, withoutExternalId.join(), wrongExternalId.join());
        List<Check> checks = new ArrayList<>();
        if (enforcement.isPresent()) {
            checks.add(Check.pass(CheckCode.ROLE_ASSUMED, "The platform assumed " + c.roleArn()
                    + " with the account's ExternalId."));
            checks.add(enforcement.get());
            // nothing the role could read goes back to the tenant: it may not be the tenant's account at all
            String why = "Not checked: the role does not prove that it belongs to this account.";
            checks.add(Check.skipped(CheckCode.BUCKET_FOUND, why));
            checks.add(Check.skipped(CheckCode.CUR_CONFORMS, why));
            if (c.management() && readsReport) {
                checks.add(Check.skipped(CheckCode.ORGANIZATION_READ, why));
            }
            return checks;
        }
        checks.add(Check.pass(CheckCode.ROLE_ASSUMED, "The platform assumed " + c.roleArn()
                + " with the account's ExternalId; without it, and with a wrong one, AWS refused, as it should."));
        checks.addAll(reads.join());
        return checks;
    }

    // The bucket, the report and the organization are independent once the role is assumed: asked at once.
    private CompletableFuture<List<Check>> reads(ConnectionUnderTest c, Credentials role) {
        CompletableFuture<List<Check>> report = CompletableFuture.supplyAsync(() -> costReport.check(c, role), parallel);
        CompletableFuture<List<Check>> org = c.management()
                ? CompletableFuture.supplyAsync(() -> List.of(organization.check(c, role)), parallel)
                : CompletableFuture.completedFuture(List.of());
        return CompletableFuture.supplyAsync(() -> {
            List<Check> all = new ArrayList<>(bucket.check(c, role));
            all.addAll(report.join());
            all.addAll(org.join());
            return all;
        }, parallel);
    }

    /** The account AWS names as the assumed role's (its AssumedRoleUser ARN) must be the account verified. */
    private static Check identityOf(ConnectionUnderTest c, AssumeRoleResponse assumed) {
        String arn = assumed.assumedRoleUser() == null ? "" : assumed.assumedRoleUser().arn();
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        String account = parts.length == 6 ? parts[4] : "";
        if (account.equals(c.accountId())) {
            return Check.pass(CheckCode.ROLE_IDENTITY, "AWS names account " + account + " as the assumed role's ("
                    + arn + ").");
        }
        return Check.fail(CheckCode.ROLE_NOT_OF_ACCOUNT, "AWS names " + (account.isEmpty() ? "no account" : "account "
                + account) + " as the identity of the assumed role " + c.roleArn() + ", not " + c.accountId() + ".",
                "Deploy the organization's StackSet to account " + c.accountId() + " (or its stack from Payerlink's"
                        + " step 5) so that the role is the account's own, save that role's ARN, then verify again.");
    }

    /**
     * The role checks of a further role of the same account (a connection may have several): the platform assumes it
     * with the account's ExternalId, and it must refuse the platform without it and with a wrong one. Bucket, report
     * and organization are read through the first role only. Never throws.
     */
    public List<Check> checkFurtherRole(ConnectionUnderTest c) {
        if (aws.platformIdentityProblem().isPresent()) {
            return List.of(Check.skipped(CheckCode.ROLE_ASSUMED, "Not checked: the portal has no AWS identity."));
        }
        try {
            aws.assume(c, true);
        }
        catch (SdkException e) {
            return List.of(assumeRoleFailure(c, e));
        }
        Optional<Check> enforcement = externalIdEnforcement(c, probe(c, null),
                probe(c, PROBE_EXTERNAL_ID_PREFIX + ExternalId.generate().value()));
        return List.of(enforcement.orElseGet(() -> Check.pass(CheckCode.ROLE_ASSUMED, "The platform assumed "
                + c.roleArn() + " with the account's ExternalId; without it, and with a wrong one, AWS refused, as it"
                + " should.")));
    }

    /** A role that is not the account's own: refused before AWS is asked, since it would answer for another account. */
    public static Check roleOfAnotherAccount(String roleArn, String accountId) {
        return Check.fail(CheckCode.ASSUME_ROLE_DENIED, "The role " + roleArn + " is not a role of account " + accountId
                + ", so it was not assumed.", "Save only roles of account " + accountId + " in step 6 (role ARN),"
                        + " copied from the Outputs tab of its Payerlink stack; then verify again.");
    }

    /** How AWS answered an AssumeRole that must be refused: refused, accepted, or an error that proves nothing. */
    private record Probe(boolean accepted, @Nullable SdkException error) {
    }

    private Probe probe(ConnectionUnderTest c, @Nullable String externalId) {
        try {
            return new Probe(aws.accepts(c, externalId), null);
        }
        catch (SdkException e) {
            return new Probe(false, e);
        }
    }

    /** Empty when both probes were refused; else the failed check that stops the verification. */
    private static Optional<Check> externalIdEnforcement(ConnectionUnderTest c, Probe without, Probe wrong) {
        if (without.accepted() || wrong.accepted()) {
            String how = without.accepted() && wrong.accepted() ? "without any ExternalId and with a wrong one"
                    : without.accepted() ? "without any ExternalId" : "with a wrong ExternalId";
            return Optional.of(Check.fail(CheckCode.EXTERNAL_ID_NOT_ENFORCED, "AWS let the platform assume "
                    + c.roleArn() + " " + how + ": the role's trust policy does not demand this account's ExternalId,"
                    + " so any other customer of the platform could register this role and read its billing data."
                    + " Verification stops here.",
                    "In IAM of account " + c.accountId() + ", give the role's trust policy the condition"
                            + " \"StringEquals\": {\"sts:ExternalId\": \"" + c.externalId() + "\"} (not StringLike,"
                            + " not StringEqualsIfExists), or delete the Payerlink stack and create it again from"
                            + " Payerlink's template (step 5 of the wizard), which sets it. Then verify again."));
        }
        SdkException error = without.error() != null ? without.error() : wrong.error();
        if (error != null) {
            return Optional.of(AwsErrors.otherFailure(CheckCode.ROLE_ASSUMED,
                    "sts:AssumeRole (the check that the role demands its ExternalId)", error));
        }
        return Optional.empty();
    }

    /** The check that says the portal has no AWS identity in the partition, and how an administrator gives it one. */
    public static Check identityMissing(Partition partition) {
        return partition == Partition.AWS_CN ? chinaCredentialsMissing() : platformCredentialsMissing();
    }

    /** AWS China has an identity of its own: the commercial one never verifies a China account. */
    public static Check chinaCredentialsMissing() {
        return Check.fail(CheckCode.PLATFORM_CREDENTIALS_MISSING,
                "The portal has no AWS China identity, so it cannot ask AWS China anything about this account (the"
                        + " commercial identity does not work in AWS China and is never used for it).",
                "A portal administrator sets payerlink.aws.china.access-key-id and payerlink.aws.china.secret-access-key"
                        + " (PAYERLINK_AWS_CHINA_ACCESS_KEY_ID, _SECRET_ACCESS_KEY), or payerlink.aws.china.profile, to"
                        + " an identity of the platform's AWS China account. Then verify again.");
    }

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
