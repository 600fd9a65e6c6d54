package com.payerlink.account.domain;

import java.util.List;
import java.util.Set;

/**
 * One account as a row of an account list (CSV import and export). Partition and account ID are
 * the key; for the other fields null means "not given", which an import reads as "keep as is".
 */
public record AccountListRow(Partition partition, AccountId accountId, String name, ConnectionMethod method,
        List<String> contactEmails, Set<Product> products, String curBucket, String curReportName, String curPrefix,
        String curBucketRegion) {

    /** The cells in the order of {@link AccountListColumn}, as the export writes them. */
    public String[] cells() {
        return new String[] { accountId.value(), name, partition.id(), method == null ? "" : method.name(),
                contactEmails == null ? "" : String.join(", ", contactEmails),
                products == null ? "" : String.join(", ", products.stream().map(Enum::name).sorted().toList()),
                blankIfNull(curBucket), blankIfNull(curReportName), blankIfNull(curPrefix),
                blankIfNull(curBucketRegion) };
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

}
