package com.payerlink.account.domain;

import java.util.List;
import java.util.Set;

/**
 * One account as a row of an account list (CSV import and export). Partition and account ID are
 * the key; for the other fields null means "not given", which an import reads as "keep as is".
 */
public record AccountListRow(Partition partition, AccountId accountId, String name, ConnectionMethod method,
        List<String> contactEmails, Set<Product> products, BucketName curBucket, CurReportName curReportName,
        ReportPrefix curPrefix, AwsRegion curBucketRegion) {

    /** The cells in the order of {@link AccountListColumn}, as the export writes them. */
    public String[] cells() {
        return new String[] { accountId.value(), name, partition.id(), method == null ? "" : method.name(),
                contactEmails == null ? "" : String.join(", ", contactEmails),
                products == null ? "" : String.join(", ", products.stream().map(Enum::name).sorted().toList()),
                textOf(curBucket), textOf(curReportName), textOf(curPrefix), textOf(curBucketRegion) };
    }

    // every value type's toString is its text as stored and written
    private static String textOf(Object value) {
        return value == null ? "" : value.toString();
    }

}
