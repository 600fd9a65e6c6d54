package com.payerlink.verification.aws;

import software.amazon.awssdk.services.bcmdataexports.model.Export;
import software.amazon.awssdk.services.bcmdataexports.model.S3Destination;
import software.amazon.awssdk.services.costandusagereport.model.AdditionalArtifact;
import software.amazon.awssdk.services.costandusagereport.model.ReportDefinition;
import software.amazon.awssdk.services.costandusagereport.model.ReportFormat;
import software.amazon.awssdk.services.costandusagereport.model.ReportVersioning;
import software.amazon.awssdk.services.costandusagereport.model.SchemaElement;
import software.amazon.awssdk.services.costandusagereport.model.TimeUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the platform needs of a Cost and Usage Report (PRODUCT.md, step 4), for a legacy CUR report
 * definition and a CUR 2.0 export alike: delivered to the bucket and prefix of step 4, hourly, with
 * resource IDs; a legacy report also with Athena integration, Parquet, overwrite and data refresh.
 * One failed check per requirement that is not met.
 */
final class CurRequirements {

    private CurRequirements() {
    }

    /** What keeps a legacy report definition from being usable, one failed check per requirement. */
    static List<Check> problems(ConnectionUnderTest c, ReportDefinition d) {
        String report = "Report " + d.reportName();
        String fix = " Edit the report in Billing and Cost Management → Data Exports (legacy CUR), or create it anew"
                + " as step 4 describes.";
        List<Check> problems = new ArrayList<>();
        if (!delivers(c, d.s3Bucket(), d.s3Prefix())) {
            problems.add(deliveredElsewhere(c, report, "s3://" + d.s3Bucket() + "/" + slash(d.s3Prefix()),
                    "Enter the report's own bucket and prefix in step 4, or change the report's delivery to "));
        }
        if (d.timeUnit() != TimeUnit.HOURLY) {
            problems.add(notHourly(report, d.timeUnitAsString(), fix));
        }
        if (!d.additionalSchemaElements().contains(SchemaElement.RESOURCES)) {
            problems.add(noResourceIds(report, fix));
        }
        problems.addAll(legacyOnlyProblems(d, report, fix));
        return problems;
    }

    /** What keeps a CUR 2.0 export (table COST_AND_USAGE_REPORT) from being usable. */
    static List<Check> problems(ConnectionUnderTest c, Export e) {
        Map<String, String> table = e.dataQuery().tableConfigurations().get("COST_AND_USAGE_REPORT");
        String export = "CUR 2.0 export " + e.name();
        String fix = " Edit the export in Billing and Cost Management → Data Exports.";
        List<Check> problems = new ArrayList<>();
        S3Destination dest = e.destinationConfigurations() == null ? null : e.destinationConfigurations().s3Destination();
        if (dest == null || !delivers(c, dest.s3Bucket(), dest.s3Prefix())) {
            String where = dest == null ? "nowhere" : "s3://" + dest.s3Bucket() + "/" + slash(dest.s3Prefix());
            problems.add(deliveredElsewhere(c, export, where,
                    "Enter the export's own bucket and prefix in step 4, or change its delivery to "));
        }
        if (!"HOURLY".equalsIgnoreCase(table.getOrDefault("TIME_GRANULARITY", ""))) {
            problems.add(notHourly(export, table.getOrDefault("TIME_GRANULARITY", "not set"), fix));
        }
        if (!"TRUE".equalsIgnoreCase(table.getOrDefault("INCLUDE_RESOURCES", ""))) {
            problems.add(noResourceIds(export, fix));
        }
        return problems;
    }

    /** A Data Exports export of the Cost and Usage Report table (CUR 2.0), not of another table. */
    static boolean isCostAndUsageReport(Export e) {
        return e.dataQuery() != null && e.dataQuery().tableConfigurations() != null
                && e.dataQuery().tableConfigurations().containsKey("COST_AND_USAGE_REPORT");
    }

    // Athena integration, Parquet and overwrite come together in a legacy report; CUR 2.0 has no such settings.
    private static List<Check> legacyOnlyProblems(ReportDefinition d, String report, String fix) {
        List<Check> problems = new ArrayList<>();
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

    private static boolean delivers(ConnectionUnderTest c, String bucket, String prefix) {
        return c.bucket().equals(bucket) && samePrefix(c.prefix().value(), prefix);
    }

    private static Check deliveredElsewhere(ConnectionUnderTest c, String report, String where, String fix) {
        return Check.fail(CheckCode.CUR_BUCKET_MISMATCH, report + " is delivered to " + where + ", not to "
                + c.location() + ".", fix + c.location() + ".");
    }

    private static Check notHourly(String report, String granularity, String fix) {
        return Check.fail(CheckCode.CUR_NOT_HOURLY, report + " has time granularity " + granularity
                + "; the platform needs hourly data.", "Set time granularity to Hourly." + fix);
    }

    private static Check noResourceIds(String report, String fix) {
        return Check.fail(CheckCode.CUR_NO_RESOURCE_IDS, report + " does not include resource IDs.",
                "Tick \"Include resource IDs\"." + fix);
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

}
