package com.payerlink.payer.domain;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.verification.aws.ExportDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A limited customer's extraction as the portal knows it: the customer, the MSP's payer its agreed accounts are members
 * of, and the export those accounts call for.
 *
 * @param payer      the payer of the agreed accounts, or null when they are none or from several payers
 * @param definition the export, or null without a payer
 * @param problem    why there is no export to make ('' when there is)
 */
public record LimitedSetup(Customer customer, @Nullable CustomerAccount payer, @Nullable ExportDefinition definition,
        String problem) {
}
