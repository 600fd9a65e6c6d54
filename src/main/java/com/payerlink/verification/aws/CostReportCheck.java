package com.payerlink.verification.aws;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bcmdataexports.model.Export;
import software.amazon.awssdk.services.bcmdataexports.model.ExportReference;
import software.amazon.awssdk.services.costandusagereport.model.ReportDefinition;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account's Cost and Usage Report, as the assumed role sees it: a legacy CUR report definition or a
 * CUR 2.0 export that meets {@link CurRequirements} passes; else the closest one's problems, or why
 * none could be read.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CostReportCheck {

    private final AwsClients aws;

    List<Check> check(ConnectionUnderTest c, Credentials role) {
        Lookup<ReportDefinition> legacy = lookup(() -> legacyReports(c, role));
        List<ReportDefinition> candidates = legacy.found().stream()
            .filter(d -> c.reportName() != null ? c.reportName().equals(d.reportName()) : c.bucket().equals(d.s3Bucket()))
            .toList();
        for (ReportDefinition d : candidates) {
            if (CurRequirements.problems(c, d).isEmpty()) {
                return List.of(Check.pass(CheckCode.CUR_CONFORMS, "Report " + d.reportName() + " delivers hourly"
                        + " Parquet with resource IDs, Athena integration and refreshes to " + c.location() + "."));
            }
        }
        Lookup<Export> exports = lookup(() -> exports(c, role));
        for (Export e : exports.found()) {
            if (CurRequirements.isCostAndUsageReport(e) && CurRequirements.problems(c, e).isEmpty()) {
                return List.of(Check.pass(CheckCode.CUR_CONFORMS, "CUR 2.0 export " + e.name() + " delivers hourly"
                        + " data with resource IDs to " + c.location() + "."));
            }
        }
        if (!candidates.isEmpty()) {
            return CurRequirements.problems(c, candidates.get(0));
        }
        Optional<Export> export = exports.found().stream().filter(CurRequirements::isCostAndUsageReport).findFirst();
        if (export.isPresent()) {
            return CurRequirements.problems(c, export.get());
        }
        return List.of(noneUsable(c, legacy.error(), exports.error()));
    }

    // no report to judge: the lookups' errors say why, else there is none
    private static Check noneUsable(ConnectionUnderTest c, SdkException legacyError, SdkException exportsError) {
        for (SdkException e : new SdkException[] { legacyError, exportsError }) {
            if (e != null && AwsErrors.isThrottled(e)) {
                return AwsErrors.throttled("the report definitions", e);
            }
        }
        if (legacyError != null && AwsErrors.isAccessDenied(legacyError)) {
            return Check.fail(CheckCode.CUR_PERMISSION_DENIED, "The role may not read the account's report"
                    + " definitions (cur:DescribeReportDefinitions was denied): an administrator or a policy, such as a"
                    + " service control policy (SCP), restricts the user.",
                    "Ask the administrator of the account's organization to allow cur:DescribeReportDefinitions and"
                            + " bcm-data-exports:ListExports / GetExport for the role, also in SCPs. Then verify again.");
        }
        if (legacyError != null) {
            return AwsErrors.otherFailure(CheckCode.CUR_CONFORMS, "cur:DescribeReportDefinitions", legacyError);
        }
        String name = c.reportName() == null ? "" : " named " + c.reportName();
        return Check.fail(CheckCode.CUR_NOT_FOUND, "The account has no Cost and Usage Report" + name
                + " delivering to bucket " + c.bucket() + " (neither a legacy CUR nor a CUR 2.0 export).",
                "Create the report as step 4 of the wizard describes (hourly, resource IDs, Athena integration), with"
                        + " delivery to " + c.location() + ", or correct the report name and bucket in step 4.");
    }

    private List<ReportDefinition> legacyReports(ConnectionUnderTest c, Credentials role) {
        return aws.in(c.partition()).cur()
            .describeReportDefinitionsPaginator(r -> r.overrideConfiguration(AwsClients.as(role)))
            .stream().flatMap(page -> page.reportDefinitions().stream()).toList();
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

    private static <T> Lookup<T> lookup(java.util.function.Supplier<List<T>> read) {
        try {
            return new Lookup<>(read.get(), null);
        }
        catch (SdkException e) {
            return new Lookup<>(List.of(), e);
        }
    }

    /** What a lookup found, or the error that kept it from finding anything. */
    private record Lookup<T>(List<T> found, SdkException error) {
    }

}
