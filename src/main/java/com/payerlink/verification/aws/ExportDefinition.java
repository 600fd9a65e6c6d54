package com.payerlink.verification.aws;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The CUR 2.0 export that extracts one limited customer's rows from the MSP's payer (the seed's "Customer Working with
 * MSP"): hourly, with resource IDs, Parquet, delivered to the customer's bucket and prefix, and reading exactly the
 * agreed member accounts, by a filter on {@code line_item_usage_account_id} or, where the MSP uses AWS Billing
 * Conductor, by the billing view of the customer's billing group.
 *
 * @param name           the export's name in the payer
 * @param agreedAccounts the 12-digit member account IDs agreed with the customer
 * @param billingViewArn the billing group's billing view, or null for a filter on the agreed accounts
 */
public record ExportDefinition(String name, SortedSet<String> agreedAccounts, @Nullable String billingViewArn,
        String bucket, String prefix, String region) {

    /** The CUR 2.0 columns the export delivers: what the cost analytics reads. */
    static final List<String> COLUMNS = List.of("bill_billing_period_start_date", "bill_payer_account_id",
            "identity_line_item_id", "identity_time_interval", "line_item_usage_account_id",
            "line_item_usage_start_date", "line_item_usage_end_date", "line_item_line_item_type",
            "line_item_product_code", "line_item_usage_type", "line_item_operation", "line_item_resource_id",
            "line_item_usage_amount", "line_item_unblended_cost", "line_item_net_unblended_cost", "pricing_unit",
            "product", "resource_tags", "reservation_effective_cost", "savings_plan_savings_plan_effective_cost");

    public ExportDefinition {
        agreedAccounts = new TreeSet<>(agreedAccounts);
    }

    /** The export's SQL: the columns, and with no billing view a filter to exactly the agreed accounts. */
    public String queryStatement() {
        String select = "SELECT " + String.join(", ", COLUMNS) + " FROM COST_AND_USAGE_REPORT";
        if (billingViewArn != null) {
            return select;
        }
        return select + " WHERE line_item_usage_account_id IN ("
                + agreedAccounts.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** The table's settings: hourly, resource IDs, and the billing view where there is one. */
    public Map<String, String> tableSettings() {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("TIME_GRANULARITY", "HOURLY");
        settings.put("INCLUDE_RESOURCES", "TRUE");
        settings.put("INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY", "FALSE");
        settings.put("INCLUDE_SPLIT_COST_ALLOCATION_DATA", "FALSE");
        if (billingViewArn != null) {
            settings.put("BILLING_VIEW_ARN", billingViewArn);
        }
        return settings;
    }

    /** The same export as an AWS::BCMDataExports::Export resource, for the MSP's payer stack. */
    public String cloudFormationYaml() {
        StringBuilder y = new StringBuilder("Resources:\n  LimitedCustomerExport:\n    Type: AWS::BCMDataExports::Export\n"
                + "    Properties:\n      Export:\n        Name: " + name + "\n        DataQuery:\n          QueryStatement: \""
                + queryStatement() + "\"\n          TableConfigurations:\n            COST_AND_USAGE_REPORT:\n");
        tableSettings().forEach((k, v) -> y.append("              ").append(k).append(": \"").append(v).append("\"\n"));
        y.append("        DestinationConfigurations:\n          S3Destination:\n            S3Bucket: ").append(bucket)
            .append("\n            S3Prefix: ").append(prefix).append("\n            S3Region: ").append(region)
            .append("\n            S3OutputConfigurations:\n              OutputType: CUSTOM\n              Format: PARQUET\n"
                    + "              Compression: PARQUET\n              Overwrite: OVERWRITE_REPORT\n"
                    + "        RefreshCadence:\n          Frequency: SYNCHRONOUS\n");
        return y.toString();
    }

}
