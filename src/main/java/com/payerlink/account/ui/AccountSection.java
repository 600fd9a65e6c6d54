package com.payerlink.account.ui;

import com.payerlink.account.domain.CustomerAccount;
import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of an account's page that another feature contributes (e.g. verification's checks), so the
 * account views need not depend on that feature. Implementations are Spring beans.
 */
public interface AccountSection {

    /** The section for this account as the account is now, or empty when it has none. */
    Optional<Component> create(CustomerAccount account);

}
