package com.payerlink.account.domain;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The demo accounts of a CSV file (tenant, name, account_id, partition, method, contacts, progress) by tenant, in
     * file order. Progress is "step 1" to "step 6", "role arn" (step 6 with its role ARN saved) or the state reached.
     */
    static Map<String, List<DemoAccount>> readByTenant(InputStream in) {
        Map<String, List<DemoAccount>> byTenant = new LinkedHashMap<>();
        for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            DemoAccount created = demo(r.getField("name"), r.getField("account_id"), Partition.parse(r.getField("partition")),
                    ConnectionMethod.valueOf(r.getField("method")), r.getField("contacts"));
            byTenant.computeIfAbsent(r.getField("tenant"), t -> new ArrayList<>()).add(created.at(r.getField("progress")));
        }
        return byTenant;
    }

    private DemoAccount at(String progress) {
        if (progress.startsWith("step ")) {
            return atStep(Integer.parseInt(progress.substring(5)));
        }
        return progress.equals("role arn") ? withRoleArn() : reached(AccountState.valueOf(progress));
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
