package com.payerlink.account.domain;

import com.payerlink.core.security.Role;
import lombok.Getter;
import lombok.experimental.Accessors;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A bulk action that another feature offers on the accounts grid's selection (send invitations,
 * open a ticket…). Features register one as a bean; the grid shows a button for each, so the
 * account feature never depends on them.
 */
@Getter
@Accessors(fluent = true)
public abstract class AccountBulkAction {

    /** The button's text. */
    private final String label;

    /** The button's tooltip: what happens to the selected accounts. */
    private final String description;

    /** Who sees the button. */
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

    /**
     * Runs on the selected accounts of the current tenant, as the grid resolved its selection (chosen ones, or all that
     * match a filter) with {@link AccountListService#ids}. Throws InvalidInputException to refuse.
     */
    public abstract Outcome run(List<UUID> accountIds);

    /**
     * @param message    what happened, for the user
     * @param navigateTo a route to open afterwards, or null to stay
     */
    public record Outcome(String message, String navigateTo) {
    }

}
