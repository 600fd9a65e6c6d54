package com.payerlink.account.domain;

import com.payerlink.core.security.Role;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A bulk action that another feature offers on the accounts grid's selection (send invitations,
 * open a ticket…). Features register one as a bean; the grid shows a button for each, so the
 * account feature never depends on them.
 */
public interface AccountBulkAction {

    /** The button's text. */
    String label();

    /** The button's tooltip: what happens to the selected accounts. */
    String description();

    /** Who sees the button. */
    Set<Role> roles();

    /** Runs on the selected accounts of the current tenant. Throws InvalidInputException to refuse. */
    Outcome run(List<UUID> accountIds);

    /**
     * @param message    what happened, for the user
     * @param navigateTo a route to open afterwards, or null to stay
     */
    record Outcome(String message, String navigateTo) {
    }

}
