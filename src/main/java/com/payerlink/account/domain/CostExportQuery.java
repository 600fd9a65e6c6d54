package com.payerlink.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the platform's CUR 2.0 exports (AWS Data Exports, table COST_AND_USAGE_REPORT): the columns the cost
 * analytics reads, for a whole account's export and for a limited customer's, which reads only the agreed accounts.
 * One source for the published template, the wizard and verification, so they never disagree.
 */
public final class CostExportQuery {

    /** The CUR 2.0 columns the exports deliver: what the cost analytics reads. */
    public static final List<String> COLUMNS = List.of("bill_billing_period_start_date", "bill_payer_account_id",
            "identity_line_item_id", "identity_time_interval", "line_item_usage_account_id",
            "line_item_usage_start_date", "line_item_usage_end_date", "line_item_line_item_type",
            "line_item_product_code", "line_item_usage_type", "line_item_operation", "line_item_resource_id",
            "line_item_usage_amount", "line_item_unblended_cost", "line_item_net_unblended_cost",
            "pricing_public_on_demand_cost", "pricing_unit", "product", "resource_tags", "reservation_effective_cost",
            "savings_plan_savings_plan_effective_cost");

    /** Every row: an account's own export. */
    public static final String ALL_ROWS = "SELECT " + String.join(", ", COLUMNS) + " FROM COST_AND_USAGE_REPORT";

    /** What precedes the agreed accounts' IDs in a limited customer's query; they are joined by {@link #ID_SEPARATOR}. */
    public static final String AGREED_PREFIX = ALL_ROWS + " WHERE line_item_usage_account_id IN ('";

    public static final String ID_SEPARATOR = "', '";

    public static final String AGREED_SUFFIX = "')";

    private CostExportQuery() {
    }

    /** A limited customer's query: exactly the agreed member accounts' rows. */
    public static String agreedAccounts(Collection<String> accountIds) {
        return AGREED_PREFIX + accountIds.stream().sorted().collect(Collectors.joining(ID_SEPARATOR)) + AGREED_SUFFIX;
    }

}
