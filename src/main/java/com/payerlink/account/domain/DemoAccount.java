package com.payerlink.account.domain;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static com.payerlink.account.domain.Partition.AWS_CN;

/**
 * Demo profile only: one demo account of {@link AccountDemoData} and how far it got.
 *
 * @param step         the wizard step it stands at (1 = just created)
 * @param roleArnSaved the role ARN of step 6 is saved
 * @param state        the state reached after registration; null for an account still in the wizard
 */
record DemoAccount(String name, String accountId, Partition partition, ConnectionMethod method, String contacts,
        int step, boolean roleArnSaved, AccountState state) {

    static DemoAccount demo(String name, String accountId, Partition partition, ConnectionMethod method, String contacts) {
        return new DemoAccount(name, accountId, partition, method, contacts, 1, false, null);
    }

    DemoAccount atStep(int s) {
        return new DemoAccount(name, accountId, partition, method, contacts, s, false, null);
    }

    DemoAccount withRoleArn() {
        return new DemoAccount(name, accountId, partition, method, contacts, 6, true, null);
    }

    DemoAccount reached(AccountState s) {
        return new DemoAccount(name, accountId, partition, method, contacts, 6, true, s);
    }

    // the varied parts below depend on the account ID, so a re-run seeds the same values
    private int variant() {
        return Integer.parseInt(accountId.substring(9));
    }

    CurSettings curSettings() {
        Set<Product> products = EnumSet.of(Product.COST_ANALYTICS);
        if (method.isManagementAccount()) {
            products.add(Product.ORGANIZATION_DISCOVERY);
        }
        if (variant() % 2 == 0) {
            products.add(Product.COMMITMENT_INSIGHTS);
        }
        // some let the template create the report in a bucket of its own
        boolean createCur = variant() % 5 == 0;
        if (createCur) {
            return new CurSettings(products, true, BucketName.forAccount(AccountId.parse(accountId)),
                    CurReportName.defaultName(), ReportPrefix.parse("cur"), partition.homeRegion(), false);
        }
        String[] reports = { "payerlink-hourly", "cur-hourly-parquet", "CostAndUsage_Athena" };
        String[] prefixes = { "cur", "billing/cur", "", "reports/aws-cur" };
        String[] regions = partition == AWS_CN ? new String[] { "cn-northwest-1", "cn-north-1" }
                : new String[] { "us-east-1", "us-east-1", "eu-central-1", "eu-west-1", "us-west-2" };
        return new CurSettings(products, false, bucket(), CurReportName.parse(reports[variant() % reports.length]),
                ReportPrefix.parse(prefixes[variant() % prefixes.length]),
                AwsRegion.parse(regions[variant() % regions.length]), true);
    }

    // e.g. cafe-lumiere-gmbh-cur-901; names without Latin letters get the account ID instead
    private BucketName bucket() {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
        String base = ascii.isEmpty() ? accountId : ascii.length() > 40 ? ascii.substring(0, 40) : ascii;
        return BucketName.parse(base.replaceAll("-+$", "") + "-cur-" + accountId.substring(9));
    }

    String roleArn() {
        String role = variant() % 3 == 0 ? "role/payerlink/PayerlinkCostRole" : "role/PayerlinkRole";
        return partition.arnPrefix() + ":iam::" + accountId + ":" + role;
    }

}
