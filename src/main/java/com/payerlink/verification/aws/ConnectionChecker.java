package com.payerlink.verification.aws;

import com.payerlink.account.domain.AwsRegion;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bcmdataexports.model.Export;
import software.amazon.awssdk.services.bcmdataexports.model.ExportReference;
import software.amazon.awssdk.services.bcmdataexports.model.S3Destination;
import software.amazon.awssdk.services.costandusagereport.model.AdditionalArtifact;
import software.amazon.awssdk.services.costandusagereport.model.ReportDefinition;
import software.amazon.awssdk.services.costandusagereport.model.ReportFormat;
import software.amazon.awssdk.services.costandusagereport.model.ReportVersioning;
import software.amazon.awssdk.services.costandusagereport.model.SchemaElement;
import software.amazon.awssdk.services.costandusagereport.model.TimeUnit;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private static final String TEMPLATE_FIX = " Re-creating the Payerlink stack from step 5 of the wizard sets it up.";

    private final AwsClients aws;

    // The bucket, the report and the organization are independent once the role is assumed: asked at once.
    private final ExecutorService parallel = Executors.newCachedThreadPool(daemonThreads());

    public ConnectionChecker(AwsClients aws) {
        this.aws = aws;
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
        CompletableFuture<List<Check>> report = CompletableFuture.supplyAsync(() -> reportChecks(c, role), parallel);
        CompletableFuture<List<Check>> organization = c.management()
                ? CompletableFuture.supplyAsync(() -> List.of(organizationCheck(c, role)), parallel)
                : CompletableFuture.completedFuture(List.of());
        checks.addAll(bucketChecks(c, role));
        checks.addAll(report.join());
        checks.addAll(organization.join());
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
        if (e instanceof AwsServiceException s && (s.statusCode() == 403 || "AccessDenied".equals(errorCode(s)))) {
            return Check.fail(CheckCode.ASSUME_ROLE_DENIED, "AWS refused to let the platform assume " + c.roleArn()
                    + ": the role's trust policy does not trust the platform account, or the ExternalId differs"
                    + " (or no role has this name).",
                    "In IAM of account " + c.accountId() + ", check that the role exists with exactly this name (names"
                            + " are case-sensitive), that its trust policy names the platform account as principal,"
                            + " and that its sts:ExternalId condition is " + c.externalId() + "." + TEMPLATE_FIX);
        }
        return otherFailure(CheckCode.ROLE_ASSUMED, "sts:AssumeRole", e);
    }

    private List<Check> bucketChecks(ConnectionUnderTest c, Credentials role) {
        var s3 = aws.in(c.partition()).s3();
        String region;
        try {
            String constraint = s3.getBucketLocation(r -> r.bucket(c.bucket()).overrideConfiguration(AwsClients.as(role)))
                .locationConstraintAsString();
            region = bucketRegion(constraint, c);
        }
        catch (SdkException e) {
            return List.of(bucketFailure(c, e, "s3:GetBucketLocation"),
                    Check.skipped(CheckCode.PREFIX_READABLE, "Not checked: the bucket could not be read."));
        }
        List<Check> checks = new ArrayList<>();
        List<AwsRegion> allowed = AwsRegion.allowedForCurBucket(c.partition());
        if (!allowed.contains(new AwsRegion(region))) {
            checks.add(Check.fail(CheckCode.BUCKET_REGION_OPT_IN, "Bucket " + c.bucket() + " is in " + region
                    + ", a region whose opt-in status is not 'Not required'; reports there cannot be read.",
                    "Deliver the report to a bucket in a region whose opt-in status is 'Not required' ("
                            + allowed.get(0) + " recommended), then enter that bucket in step 4."));
        }
        else {
            checks.add(Check.pass(CheckCode.BUCKET_FOUND, "Bucket " + c.bucket() + " exists in " + region + "."));
        }
        try {
            ListObjectsV2Response list = s3.listObjectsV2(r -> r.bucket(c.bucket()).prefix(c.prefix().keyPrefix())
                .maxKeys(100).overrideConfiguration(AwsClients.as(role)));
            if (list.keyCount() == null || list.keyCount() == 0) {
                checks.add(Check.warn(CheckCode.REPORT_NOT_DELIVERED_YET, "The role can list " + c.location()
                        + ", but no report has been delivered there yet. The first delivery can take up to 24 hours.",
                        "Nothing to do within the first 24 hours. After that, check that the bucket policy lets"
                                + " billingreports.amazonaws.com (and bcm-data-exports.amazonaws.com for CUR 2.0) put"
                                + " objects into the bucket."));
            }
            else {
                checks.add(Check.pass(CheckCode.PREFIX_READABLE, "The role can list " + c.location() + "."));
            }
        }
        catch (SdkException e) {
            checks.add(bucketFailure(c, e, "s3:ListBucket"));
        }
        return checks;
    }

    private static String bucketRegion(String constraint, ConnectionUnderTest c) {
        if (constraint == null || constraint.isEmpty()) {
            return "us-east-1";
        }
        // S3's legacy name for eu-west-1
        return "EU".equals(constraint) ? "eu-west-1" : constraint;
    }

    private Check bucketFailure(ConnectionUnderTest c, SdkException e, String action) {
        if (e instanceof AwsServiceException s) {
            if (s.statusCode() == 404 || "NoSuchBucket".equals(errorCode(s))) {
                return Check.fail(CheckCode.BUCKET_NOT_FOUND, "Bucket " + c.bucket() + " does not exist.",
                        "Check the bucket name in step 4 against the report's delivery options (S3 bucket), or"
                                + " create the bucket.");
            }
            if (s.statusCode() == 403 || "AccessDenied".equals(errorCode(s))) {
                return Check.fail(CheckCode.BUCKET_ACCESS_DENIED, "The role may not read " + c.location() + " ("
                        + action + " was denied).",
                        "Allow the role s3:GetBucketLocation, s3:ListBucket and s3:GetObject on the bucket, and make"
                                + " sure the bucket policy does not deny it." + TEMPLATE_FIX);
            }
        }
        return otherFailure(CheckCode.BUCKET_FOUND, action, e);
    }

    private List<Check> reportChecks(ConnectionUnderTest c, Credentials role) {
        var clients = aws.in(c.partition());
        List<ReportDefinition> definitions = List.of();
        SdkException legacyError = null;
        try {
            definitions = clients.cur().describeReportDefinitionsPaginator(r -> r.overrideConfiguration(AwsClients.as(role)))
                .stream().flatMap(page -> page.reportDefinitions().stream()).toList();
        }
        catch (SdkException e) {
            legacyError = e;
        }
        List<ReportDefinition> candidates = definitions.stream()
            .filter(d -> c.reportName() != null ? c.reportName().equals(d.reportName()) : c.bucket().equals(d.s3Bucket()))
            .toList();
        for (ReportDefinition d : candidates) {
            if (legacyProblems(c, d).isEmpty()) {
                return List.of(Check.pass(CheckCode.CUR_CONFORMS, "Report " + d.reportName() + " delivers hourly"
                        + " Parquet with resource IDs, Athena integration and refreshes to " + c.location() + "."));
            }
        }
        List<Export> exports = List.of();
        SdkException exportsError = null;
        try {
            exports = exports(c, role);
        }
        catch (SdkException e) {
            exportsError = e;
        }
        for (Export e : exports) {
            if (isCostAndUsageReport(e) && exportProblems(c, e).isEmpty()) {
                return List.of(Check.pass(CheckCode.CUR_CONFORMS, "CUR 2.0 export " + e.name() + " delivers hourly"
                        + " data with resource IDs to " + c.location() + "."));
            }
        }
        if (!candidates.isEmpty()) {
            return legacyProblems(c, candidates.get(0));
        }
        var export = exports.stream().filter(ConnectionChecker::isCostAndUsageReport).findFirst();
        if (export.isPresent()) {
            return exportProblems(c, export.get());
        }
        for (SdkException e : new SdkException[] { legacyError, exportsError }) {
            if (e != null && isThrottled(e)) {
                return List.of(throttled("the report definitions", e));
            }
        }
        if (legacyError != null && isAccessDenied(legacyError)) {
            return List.of(Check.fail(CheckCode.CUR_PERMISSION_DENIED, "The role may not read the account's report"
                    + " definitions (cur:DescribeReportDefinitions was denied): an administrator or a policy, such as a"
                    + " service control policy (SCP), restricts the user.",
                    "Ask the administrator of the account's organization to allow cur:DescribeReportDefinitions and"
                            + " bcm-data-exports:ListExports / GetExport for the role, also in SCPs. Then verify again."));
        }
        if (legacyError != null) {
            return List.of(otherFailure(CheckCode.CUR_CONFORMS, "cur:DescribeReportDefinitions", legacyError));
        }
        String name = c.reportName() == null ? "" : " named " + c.reportName();
        return List.of(Check.fail(CheckCode.CUR_NOT_FOUND, "The account has no Cost and Usage Report" + name
                + " delivering to bucket " + c.bucket() + " (neither a legacy CUR nor a CUR 2.0 export).",
                "Create the report as step 4 of the wizard describes (hourly, resource IDs, Athena integration), with"
                        + " delivery to " + c.location() + ", or correct the report name and bucket in step 4."));
    }

    private List<Export> exports(ConnectionUnderTest c, Credentials role) {
        var client = aws.in(c.partition()).exports();
        List<Export> exports = new ArrayList<>();
        for (ExportReference ref : client.listExportsPaginator(r -> r.overrideConfiguration(AwsClients.as(role))).exports()) {
            exports.add(client.getExport(r -> r.exportArn(ref.exportArn()).overrideConfiguration(AwsClients.as(role)))
                .export());
        }
        return exports;
    }

    /** What keeps a legacy report definition from being usable, one failed check per requirement. */
    static List<Check> legacyProblems(ConnectionUnderTest c, ReportDefinition d) {
        List<Check> problems = new ArrayList<>();
        String report = "Report " + d.reportName();
        String fix = " Edit the report in Billing and Cost Management → Data Exports (legacy CUR), or create it anew"
                + " as step 4 describes.";
        if (!c.bucket().equals(d.s3Bucket()) || !samePrefix(c.prefix().value(), d.s3Prefix())) {
            problems.add(Check.fail(CheckCode.CUR_BUCKET_MISMATCH, report + " is delivered to s3://" + d.s3Bucket()
                    + "/" + slash(d.s3Prefix()) + ", not to " + c.location() + ".",
                    "Enter the report's own bucket and prefix in step 4, or change the report's delivery to "
                            + c.location() + "."));
        }
        if (d.timeUnit() != TimeUnit.HOURLY) {
            problems.add(Check.fail(CheckCode.CUR_NOT_HOURLY, report + " has time granularity "
                    + d.timeUnitAsString() + "; the platform needs hourly data.", "Set time granularity to Hourly." + fix));
        }
        if (!d.additionalSchemaElements().contains(SchemaElement.RESOURCES)) {
            problems.add(Check.fail(CheckCode.CUR_NO_RESOURCE_IDS, report + " does not include resource IDs.",
                    "Tick \"Include resource IDs\"." + fix));
        }
        if (!d.additionalArtifacts().contains(AdditionalArtifact.ATHENA)) {
            problems.add(Check.fail(CheckCode.CUR_NO_ATHENA, report + " has no Amazon Athena integration.",
                    "Enable report data integration for Amazon Athena (this also sets Parquet and \"overwrite"
                            + " existing report\")." + fix));
        }
        if (d.format() != ReportFormat.PARQUET) {
            problems.add(Check.fail(CheckCode.CUR_NOT_PARQUET, report + " is delivered as " + d.formatAsString()
                    + ", not Parquet.", "Choose Parquet compression (Athena integration sets it)." + fix));
        }
        if (d.reportVersioning() != ReportVersioning.OVERWRITE_REPORT) {
            problems.add(Check.fail(CheckCode.CUR_NOT_OVERWRITE, report + " creates new report versions instead of"
                    + " overwriting the existing report.", "Choose \"Overwrite existing report\"." + fix));
        }
        if (!Boolean.TRUE.equals(d.refreshClosedReports())) {
            problems.add(Check.fail(CheckCode.CUR_NO_REFRESH, report + " is not refreshed when AWS applies refunds,"
                    + " credits or support fees to closed bills.", "Tick \"Automatically refresh your Cost & Usage"
                    + " Report\" (data refresh settings)." + fix));
        }
        return problems;
    }

    private static boolean isCostAndUsageReport(Export e) {
        return e.dataQuery() != null && e.dataQuery().tableConfigurations() != null
                && e.dataQuery().tableConfigurations().containsKey("COST_AND_USAGE_REPORT");
    }

    /** What keeps a CUR 2.0 export (table COST_AND_USAGE_REPORT) from being usable. */
    static List<Check> exportProblems(ConnectionUnderTest c, Export e) {
        List<Check> problems = new ArrayList<>();
        Map<String, String> table = e.dataQuery().tableConfigurations().get("COST_AND_USAGE_REPORT");
        String export = "CUR 2.0 export " + e.name();
        String fix = " Edit the export in Billing and Cost Management → Data Exports.";
        S3Destination dest = e.destinationConfigurations() == null ? null : e.destinationConfigurations().s3Destination();
        if (dest == null || !c.bucket().equals(dest.s3Bucket()) || !samePrefix(c.prefix().value(), dest.s3Prefix())) {
            String where = dest == null ? "nowhere" : "s3://" + dest.s3Bucket() + "/" + slash(dest.s3Prefix());
            problems.add(Check.fail(CheckCode.CUR_BUCKET_MISMATCH, export + " is delivered to " + where + ", not to "
                    + c.location() + ".", "Enter the export's own bucket and prefix in step 4, or change its delivery"
                    + " to " + c.location() + "."));
        }
        if (!"HOURLY".equalsIgnoreCase(table.getOrDefault("TIME_GRANULARITY", ""))) {
            problems.add(Check.fail(CheckCode.CUR_NOT_HOURLY, export + " has time granularity "
                    + table.getOrDefault("TIME_GRANULARITY", "not set") + "; the platform needs hourly data.",
                    "Set time granularity to Hourly." + fix));
        }
        if (!"TRUE".equalsIgnoreCase(table.getOrDefault("INCLUDE_RESOURCES", ""))) {
            problems.add(Check.fail(CheckCode.CUR_NO_RESOURCE_IDS, export + " does not include resource IDs.",
                    "Tick \"Include resource IDs\"." + fix));
        }
        return problems;
    }

    private Check organizationCheck(ConnectionUnderTest c, Credentials role) {
        try {
            Organization org = aws.in(c.partition()).organizations()
                .describeOrganization(r -> r.overrideConfiguration(AwsClients.as(role))).organization();
            if (!c.accountId().equals(org.masterAccountId())) {
                return Check.warn(CheckCode.NOT_MANAGEMENT_ACCOUNT, "Account " + c.accountId() + " is a member of"
                        + " organization " + org.id() + ", whose management account is " + org.masterAccountId() + ".",
                        "Connect the management account " + org.masterAccountId() + " as a Direct management account,"
                                + " or change this account's connection method in step 2.");
            }
            return Check.pass(CheckCode.ORGANIZATION_READ, "The role can read organization " + org.id()
                    + ", which this account manages; its linked accounts can be listed.");
        }
        catch (AwsOrganizationsNotInUseException e) {
            return Check.warn(CheckCode.ORGANIZATION_NOT_IN_USE, "Account " + c.accountId() + " is not in an"
                    + " organization, so it has no linked accounts to list.",
                    "Nothing to do if it stands alone; else connect it with the method that fits (step 2).");
        }
        catch (SdkException e) {
            if (isAccessDenied(e)) {
                return Check.warn(CheckCode.ORGANIZATION_ACCESS_DENIED, "The role may not read the organization"
                        + " (organizations:DescribeOrganization was denied), so linked accounts cannot be listed.",
                        "Allow the role organizations:DescribeOrganization and organizations:ListAccounts."
                                + TEMPLATE_FIX);
            }
            return otherFailure(CheckCode.ORGANIZATION_READ, "organizations:DescribeOrganization", e);
        }
    }

    private static Check otherFailure(CheckCode area, String action, SdkException e) {
        if (isThrottled(e)) {
            return throttled(action, e);
        }
        return Check.fail(CheckCode.AWS_ERROR, area.area() + ": " + action + " failed: " + e.getMessage(),
                "Verify again later. If it fails the same way, send this message to support.");
    }

    private static Check throttled(String what, SdkException e) {
        return Check.fail(CheckCode.THROTTLED, "AWS kept throttling the requests for " + what + ", also after retries"
                + " with backoff (" + e.numAttempts() + " attempts).",
                "Nothing is wrong with the account's settings: verify it again in a few minutes.");
    }

    static boolean isThrottled(SdkException e) {
        return e instanceof AwsServiceException s && (s.isThrottlingException() || s.statusCode() == 429);
    }

    static boolean isAccessDenied(SdkException e) {
        return e instanceof AwsServiceException s && (s.statusCode() == 403 || errorCode(s).startsWith("AccessDenied"));
    }

    private static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? ""
                : e.awsErrorDetails().errorCode();
    }

    private static boolean samePrefix(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String prefix) {
        return Objects.requireNonNullElse(prefix, "").replaceAll("^/+|/+$", "");
    }

    private static String slash(String prefix) {
        String p = strip(prefix);
        return p.isEmpty() ? "" : p + "/";
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
