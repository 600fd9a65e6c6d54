package com.payerlink.account.domain;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.payerlink.account.domain.TemplateYaml.equalsRef;
import static com.payerlink.account.domain.TemplateYaml.ifElse;
import static com.payerlink.account.domain.TemplateYaml.ifThen;
import static com.payerlink.account.domain.TemplateYaml.list;
import static com.payerlink.account.domain.TemplateYaml.map;
import static com.payerlink.account.domain.TemplateYaml.not;
import static com.payerlink.account.domain.TemplateYaml.ref;

/**
 * A limited customer's CUR 2.0 export in the MSP's own payer (the seed's "Customer Working with MSP"): in the published
 * template (AWS only) as parameters and a condition, so the MSP can create it with the template in its payer, and as a
 * stand-alone template of just that export, with one customer's values, which the wizard hands out.
 */
public final class LimitedExportTemplate {

    public static final String RESOURCE = "PayerlinkLimitedExport";
    public static final String ACCOUNTS = "LimitedExportAccounts";
    public static final String BILLING_VIEW = "LimitedExportBillingView";
    public static final String NAME = "LimitedExportName";
    public static final String BUCKET = "LimitedExportBucket";
    public static final String PREFIX = "LimitedExportPrefix";
    public static final String CREATE = "CreateLimitedExport";
    static final String HAS_BILLING_VIEW = "LimitedExportHasBillingView";

    /** Data Exports delivers from us-east-1. */
    public static final String REGION = "us-east-1";

    private LimitedExportTemplate() {
    }

    /**
     * The stand-alone template of one limited customer's export, for a stack in the MSP's payer.
     *
     * @param billingViewArn the billing view of the customer's AWS Billing Conductor billing group, or null for a
     *                       filter on exactly the agreed accounts
     */
    public static String standalone(String name, Collection<String> agreedAccounts, @Nullable String billingViewArn,
            String bucket, String prefix) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "Payerlink: the CUR 2.0 export of one limited customer's agreed accounts, in the"
                + " MSP's payer (create the stack in " + REGION + ").");
        Object query = billingViewArn == null ? CostExportQuery.agreedAccounts(agreedAccounts) : CostExportQuery.ALL_ROWS;
        Map<String, Object> view = billingViewArn == null ? map() : map("BILLING_VIEW_ARN", billingViewArn);
        template.put("Resources", map(RESOURCE, TemplateResources.export(name, query, view, bucket, prefix, REGION)));
        return TemplateYaml.dump(template);
    }

    /** The published template's parameters of the export; all empty by default: no export. */
    static Map<String, Object> parameters() {
        return map(
                ACCOUNTS, map("Type", "CommaDelimitedList", "Default", "",
                        "Description", "MSP payer only: the member account IDs agreed with a limited customer,"
                                + " separated by commas; given, the stack creates the CUR 2.0 export of exactly their"
                                + " rows. Empty: no export."),
                BILLING_VIEW, map("Type", "String", "Default", "",
                        "Description", "MSP payer only: instead of the agreed accounts, the billing view of the"
                                + " customer's AWS Billing Conductor billing group."),
                NAME, map("Type", "String", "Default", "payerlink-limited", "MaxLength", 128,
                        "AllowedPattern", "[0-9A-Za-z_-]+", "Description", "MSP payer only: the export's name."),
                BUCKET, map("Type", "String", "Default", "", "MaxLength", 63, "AllowedPattern", "[a-z0-9.-]*",
                        "Description", "MSP payer only: the limited customer's bucket the export delivers to."),
                PREFIX, map("Type", "String", "Default", "payerlink", "MaxLength", 256,
                        "Description", "MSP payer only: the prefix in that bucket."));
    }

    /** The export's conditions: created when agreed accounts or a billing view are given. */
    static Map<String, Object> conditions() {
        Object noAccounts = map("Fn::Equals", list(map("Fn::Join", list("", ref(ACCOUNTS))), ""));
        return map(
                HAS_BILLING_VIEW, not(equalsRef(BILLING_VIEW, "")),
                CREATE, map("Fn::Or", list(not(noAccounts), map("Condition", HAS_BILLING_VIEW))));
    }

    /** The export, under its condition: the agreed accounts' filter, or all rows of the billing view. */
    static Map<String, Object> resource() {
        Object filtered = map("Fn::Join", list("", list(CostExportQuery.AGREED_PREFIX,
                map("Fn::Join", list(CostExportQuery.ID_SEPARATOR, ref(ACCOUNTS))), CostExportQuery.AGREED_SUFFIX)));
        Object query = ifElse(HAS_BILLING_VIEW, CostExportQuery.ALL_ROWS, filtered);
        Map<String, Object> view = map("BILLING_VIEW_ARN", ifThen(HAS_BILLING_VIEW, ref(BILLING_VIEW)));
        return TemplateResources.withCondition(CREATE,
                TemplateResources.export(ref(NAME), query, view, ref(BUCKET), ref(PREFIX), REGION));
    }

}
