package com.payerlink.verification.domain;

import com.payerlink.verification.aws.LinkedAccount;

/**
 * An account of a management account's organization, as the operator chooses among them.
 *
 * @param alreadyAdded the tenant has this account already (in the management account's partition)
 */
public record LinkedAccountChoice(LinkedAccount account, boolean alreadyAdded) {
}
