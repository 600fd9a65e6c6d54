package com.payerlink.account.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Everything the CloudFormation template of one account depends on (wizard steps 1, 2, 4 and 5).
 *
 * <p>The constructor settles the choices once: Cost Analytics is always among the products; with
 * {@code createCur} a missing bucket becomes {@link BucketName#forAccount} and a missing report name
 * {@link CurReportName#defaultName()}, so {@link #curBucket()} and {@link #reportName()} are what the
 * stack will use (and what verification must look for). A missing prefix means no prefix.
 *
 * @param partition         the account's partition (step 1)
 * @param accountId         the customer account the stack is created in (step 2)
 * @param accountName       the account's name, for the template description; may be empty
 * @param externalId        the account's ExternalId, the default of the template parameter
 * @param products          the chosen products; Cost Analytics is added if missing
 * @param platformAccountId the platform's own AWS account in this partition, the trusted principal
 * @param curBucket         the existing CUR bucket; may be null only with {@code createCur}
 * @param prefix            the report prefix; null means none
 * @param reportName        the CUR report name; may be null unless {@code createCur} (then defaulted)
 * @param createCur         whether the stack creates the CUR bucket and report definition itself
 * @param bucketRegion      the existing bucket's region; null when unknown or the stack creates the bucket
 */
public record TemplateRequest(
        Partition partition,
        AccountId accountId,
        String accountName,
        ExternalId externalId,
        Set<Product> products,
        AccountId platformAccountId,
        BucketName curBucket,
        ReportPrefix prefix,
        CurReportName reportName,
        boolean createCur,
        AwsRegion bucketRegion) {

    /** Without a bucket region (the stack's region is the bucket's). */
    public TemplateRequest(Partition partition, AccountId accountId, String accountName, ExternalId externalId,
            Set<Product> products, AccountId platformAccountId, BucketName curBucket, ReportPrefix prefix,
            CurReportName reportName, boolean createCur) {
        this(partition, accountId, accountName, externalId, products, platformAccountId, curBucket, prefix, reportName,
                createCur, null);
    }

    public TemplateRequest {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(platformAccountId, "platformAccountId");
        accountName = accountName == null ? "" : Inputs.trim(accountName);
        products = Product.withAlwaysOn(products);
        prefix = prefix == null ? ReportPrefix.none() : prefix;
        if (curBucket == null) {
            if (!createCur) {
                throw new InvalidValueException("The CUR bucket name is missing; enter the bucket from the report's"
                        + " delivery options in step 4, or let the template create the bucket and report.");
            }
            curBucket = BucketName.forAccount(accountId);
        }
        if (reportName == null && createCur) {
            reportName = CurReportName.defaultName();
        }
    }
}
