package com.payerlink.verification.aws;

import software.amazon.awssdk.services.bcmdataexports.model.Export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a limited customer's export must be, as {@link ExportDefinition} says; each shortfall its own named check. */
final class LimitedExportRules {

    // line_item_usage_account_id IN ('111…', '222…') or = '111…'
    private static final Pattern IN_LIST = Pattern.compile(
            "line_item_usage_account_id\\s+in\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern EQUALS = Pattern.compile(
            "line_item_usage_account_id\\s*=\\s*'(\\d{12})'", Pattern.CASE_INSENSITIVE);

    private static final Pattern ACCOUNT = Pattern.compile("'(\\d{12})'");

    private static final String AREA_FIX = " Create the export again from the limited account's page (Extraction from"
            + " your payer), or correct it in the payer's Billing and Cost Management console (Data Exports).";

    private LimitedExportRules() {
    }

    static Check notFound(String exportArn, String payerId) {
        return Check.fail(CheckCode.LIMITED_EXPORT_NOT_FOUND, "The payer " + payerId + " has no export " + exportArn
                + ": the limited customer's rows are not extracted.", "Create the export from the limited account's"
                        + " page (Extraction from your payer), then verify again.");
    }

    /** Every rule the export breaks; one passing check when it breaks none. */
    static List<Check> problems(Export e, ExportDefinition expected) {
        List<Check> problems = new ArrayList<>();
        Map<String, String> table = e.dataQuery().tableConfigurations().getOrDefault("COST_AND_USAGE_REPORT", Map.of());
        if (!"HOURLY".equalsIgnoreCase(table.get("TIME_GRANULARITY"))) {
            problems.add(Check.fail(CheckCode.LIMITED_EXPORT_NOT_HOURLY, "Export " + e.name() + " is "
                    + String.valueOf(table.get("TIME_GRANULARITY")).toLowerCase(Locale.ROOT) + ", not hourly.",
                    "Set its time granularity to hourly." + AREA_FIX));
        }
        if (!"TRUE".equalsIgnoreCase(table.get("INCLUDE_RESOURCES"))) {
            problems.add(Check.fail(CheckCode.LIMITED_EXPORT_NO_RESOURCE_IDS, "Export " + e.name() + " has no"
                    + " resource IDs.", "Include resource IDs." + AREA_FIX));
        }
        var output = e.destinationConfigurations().s3Destination().s3OutputConfigurations();
        if (output.format() == null || !"PARQUET".equals(output.formatAsString())) {
            problems.add(Check.fail(CheckCode.LIMITED_EXPORT_NOT_PARQUET, "Export " + e.name() + " writes "
                    + output.formatAsString() + ", not Parquet.", "Choose Parquet as its file format." + AREA_FIX));
        }
        problems.addAll(coverage(e, table, expected));
        if (problems.isEmpty()) {
            problems.add(Check.pass(CheckCode.LIMITED_EXPORT_CONFORMS, "Export " + e.name() + " extracts hourly Parquet"
                    + " with resource IDs for exactly the " + expected.agreedAccounts().size() + " agreed accounts."));
        }
        return problems;
    }

    // the agreed accounts, no more and no fewer: by the billing group's view, or by the query's filter
    private static List<Check> coverage(Export e, Map<String, String> table, ExportDefinition expected) {
        if (expected.billingViewArn() != null) {
            if (!expected.billingViewArn().equals(table.get("BILLING_VIEW_ARN"))) {
                return List.of(Check.fail(CheckCode.LIMITED_BILLING_VIEW_MISMATCH, "Export " + e.name() + " reads"
                        + " billing view " + table.getOrDefault("BILLING_VIEW_ARN", "(none: the whole payer)")
                        + ", not the customer's billing group view " + expected.billingViewArn() + ".",
                        "Point the export at the billing group's billing view." + AREA_FIX));
            }
            return List.of();
        }
        Set<String> filtered = filteredAccounts(e.dataQuery().queryStatement());
        if (filtered.isEmpty()) {
            return List.of(Check.fail(CheckCode.LIMITED_FILTER_MISMATCH, "Export " + e.name() + " does not filter"
                    + " line_item_usage_account_id: it extracts every account of the payer, not only the customer's.",
                    "Filter its query to the agreed accounts." + AREA_FIX));
        }
        Set<String> missing = new TreeSet<>(expected.agreedAccounts());
        missing.removeAll(filtered);
        Set<String> extra = new TreeSet<>(filtered);
        extra.removeAll(expected.agreedAccounts());
        if (missing.isEmpty() && extra.isEmpty()) {
            return List.of();
        }
        String what = (missing.isEmpty() ? "" : " misses the agreed accounts " + String.join(", ", missing))
                + (missing.isEmpty() || extra.isEmpty() ? "" : " and")
                + (extra.isEmpty() ? "" : " reads accounts that were not agreed: " + String.join(", ", extra));
        return List.of(Check.fail(CheckCode.LIMITED_FILTER_MISMATCH, "The filter of export " + e.name() + what + ".",
                "Filter line_item_usage_account_id to exactly the agreed accounts (" + String.join(", ",
                        expected.agreedAccounts()) + ")." + AREA_FIX));
    }

    /** The account IDs the query's filter on line_item_usage_account_id lets through; empty for no filter. */
    static Set<String> filteredAccounts(String query) {
        Set<String> ids = new TreeSet<>();
        Matcher in = IN_LIST.matcher(query);
        while (in.find()) {
            Matcher id = ACCOUNT.matcher(in.group(1));
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        Matcher eq = EQUALS.matcher(query);
        while (eq.find()) {
            ids.add(eq.group(1));
        }
        return ids;
    }

}
