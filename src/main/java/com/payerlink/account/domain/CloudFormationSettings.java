package com.payerlink.account.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's side of the CloudFormation stack, per partition: the AWS account the customer's role
 * trusts, and the S3 URL of the template the quick-create link opens.
 */
@ConfigurationProperties("payerlink.cloudformation")
public record CloudFormationSettings(String platformAccountAws, String platformAccountAwsCn, String templateUrlAws,
        String templateUrlAwsCn) {

    public AccountId platformAccount(Partition partition) {
        return AccountId.parse(partition == Partition.AWS_CN ? platformAccountAwsCn : platformAccountAws);
    }

    /** True for the platform's own account of either partition: never a customer's. */
    public boolean isPlatformAccount(AccountId accountId) {
        return accountId.value().equals(Inputs.trim(platformAccountAws))
                || accountId.value().equals(Inputs.trim(platformAccountAwsCn));
    }

    public String templateUrl(Partition partition) {
        return partition == Partition.AWS_CN ? templateUrlAwsCn : templateUrlAws;
    }

}
