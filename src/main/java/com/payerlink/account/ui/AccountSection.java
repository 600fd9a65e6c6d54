package com.payerlink.account.ui;

import com.payerlink.account.domain.CustomerAccount;
import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of an account's page that another feature contributes (e.g. verification's checks), so the
 * account views need not depend on that feature. Implementations are Spring beans, shown in their order.
 */
public interface AccountSection {

    /** The section for this account as the account is now, or empty when it has none. */
    Optional<Component> create(CustomerAccount account);

    /**
     * As {@link #create(CustomerAccount)}, for a section that may learn that the account changed (e.g. a verification
     * it started has finished): it calls {@code accountChanged}, and the page shows the account afresh.
     */
    default Optional<Component> create(CustomerAccount account, Runnable accountChanged) {
        return create(account);
    }

}
