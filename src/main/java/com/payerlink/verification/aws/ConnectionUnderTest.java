package com.payerlink.verification.aws;

import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.ReportPrefix;

/**
 * What verification checks of one account: the role to assume with its ExternalId, and where its Cost
 * and Usage Report is delivered.
 *
 * @param reportName the legacy CUR's name, or null when not known
 * @param management a management (payer) account with Organization Discovery chosen, whose organization is read too
 */
public record ConnectionUnderTest(Partition partition, String accountId, String roleArn, String externalId,
        String bucket, ReportPrefix prefix, String reportName, boolean management) {

    /** "payerlink-123456789012": names the account in the customer's CloudTrail. */
    public String sessionName() {
        return "payerlink-" + accountId;
    }

    /** "payerlink-probe-123456789012": the refused AssumeRole calls of the ExternalId probe, in CloudTrail. */
    public String probeSessionName() {
        return "payerlink-probe-" + accountId;
    }

    /** The same connection through another role of the account. */
    public ConnectionUnderTest withRole(String otherRoleArn) {
        return new ConnectionUnderTest(partition, accountId, otherRoleArn, externalId, bucket, prefix, reportName,
                management);
    }

    /** "s3://bucket/prefix/". */
    public String location() {
        return "s3://" + bucket + "/" + prefix.keyPrefix();
    }

}
