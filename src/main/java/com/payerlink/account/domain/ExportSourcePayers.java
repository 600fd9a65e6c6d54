package com.payerlink.account.domain;

import java.util.Optional;

/**
 * The MSP payer whose CUR 2.0 export delivers into a limited customer's bucket (the seed's "Customer Working with
 * MSP"): the account's template lets that payer's Data Exports deliver there ({@code ExportSourceAccount}).
 * Implemented by the payer feature, which knows the limited customers and their agreed accounts.
 */
public interface ExportSourcePayers {

    /** The payer account of the limited customer linked to the MSP_LIMITED account, if there is exactly one. */
    Optional<AccountId> payerOf(CustomerAccount account);

}
