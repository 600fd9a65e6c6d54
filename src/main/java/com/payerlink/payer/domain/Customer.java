package com.payerlink.payer.domain;

import com.payerlink.core.EmailAddress;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * An MSP's end customer, into which payer members are grouped.
 *
 * @param limitedAccountId the portal's MSP_LIMITED account that receives this customer's extraction, if limited
 * @param billingViewArn   the billing view of the customer's AWS Billing Conductor billing group, if the MSP uses one
 * @param exportArn        the CUR 2.0 export made for it in the MSP's payer, once made
 */
public record Customer(UUID id, String name, List<EmailAddress> contacts, @Nullable UUID limitedAccountId,
        @Nullable String billingViewArn, @Nullable String exportArn, int memberCount, int version) {

    public boolean limited() {
        return limitedAccountId != null;
    }

}
