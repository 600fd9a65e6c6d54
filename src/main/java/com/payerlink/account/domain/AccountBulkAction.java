package com.payerlink.account.domain;

import com.payerlink.core.security.Role;

import java.util.Set;

/**
 * A bulk action that another feature offers on the accounts grid's selection (send invitations,
 * open a ticket…). Features register one as a bean; the grid shows a button for each, so the
 * account feature never depends on them.
 */
public abstract class AccountBulkAction {

    private final String label;

    private final String description;

    private final Set<Role> roles;

    /**
     * @param label       the button's text
     * @param description the button's tooltip: what happens to the selected accounts
     * @param roles       who sees the button
     */
    protected AccountBulkAction(String label, String description, Set<Role> roles) {
        this.label = label;
        this.description = description;
        this.roles = Set.copyOf(roles);
    }

    /** The button's text. */
    public String label() {
        return label;
    }

    /** The button's tooltip: what happens to the selected accounts. */
    public String description() {
        return description;
    }

    /** Who sees the button. */
    public Set<Role> roles() {
        return roles;
    }

    /**
     * Runs on the selected accounts of the current tenant: chosen ones, or all that match a filter (resolve it on the
     * server with {@link AccountListService#ids}). Throws InvalidInputException to refuse.
     */
    public abstract Outcome run(AccountSelection selection);

    /**
     * @param message    what happened, for the user
     * @param navigateTo a route to open afterwards, or null to stay
     */
    public record Outcome(String message, String navigateTo) {
    }

}
