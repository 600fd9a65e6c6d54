package com.payerlink.verification.aws;

import com.payerlink.account.domain.CostExportQuery;
import com.payerlink.account.domain.LimitedExportTemplate;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

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

    public ExportDefinition {
        agreedAccounts = new TreeSet<>(agreedAccounts);
    }

    /** The export's SQL: the columns, and with no billing view a filter to exactly the agreed accounts. */
    public String queryStatement() {
        return billingViewArn != null ? CostExportQuery.ALL_ROWS : CostExportQuery.agreedAccounts(agreedAccounts);
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

    /** The same export as a stand-alone CloudFormation template (AWS::BCMDataExports::Export) for the MSP's payer. */
    public String cloudFormationYaml() {
        return LimitedExportTemplate.standalone(name, agreedAccounts, billingViewArn, bucket, prefix);
    }

}
