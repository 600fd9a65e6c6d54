package com.payerlink.api.domain;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.Partition;
import org.jspecify.annotations.Nullable;

/**
 * One change of an account through the API: the wizard steps it carries, saved together or not at all.
 * Null parts are left as they are.
 *
 * @param version                the version the caller read; a newer one means someone else changed the account
 * @param partition              step 1, or null
 * @param details                step 2 (required)
 * @param billingAccessConfirmed step 3: true confirms; null or false leaves it
 * @param curSettings            step 4, or null
 * @param stackCreated           step 5: true says the CloudFormation stack exists; null or false leaves it
 * @param roleArns               step 6, one ARN per line, or null
 */
public record AccountUpdate(int version, @Nullable Partition partition, AccountDetails details,
        @Nullable Boolean billingAccessConfirmed, @Nullable CurSettings curSettings, @Nullable Boolean stackCreated,
        @Nullable String roleArns) {
}
