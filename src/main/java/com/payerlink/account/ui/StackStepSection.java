package com.payerlink.account.ui;

import com.payerlink.account.domain.CustomerAccount;
import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of wizard step 5 (CloudFormation) that another feature contributes for the MSP's operators, e.g. the export a
 * limited customer's account needs in the MSP's payer. Implementations are Spring beans, shown in their order; the
 * end customer's invitation page shows none.
 */
public interface StackStepSection {

    /** The part for this account as it is now, or empty when it has none. */
    Optional<Component> create(CustomerAccount account);

}
