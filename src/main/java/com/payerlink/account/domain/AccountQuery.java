package com.payerlink.account.domain;

import lombok.With;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the grid asks for: filters (empty or null = any) and a sort on a whitelisted column. The grid's URL holds it
 * ({@link AccountQueryParameters}), so a filtered grid can be shared and linked to.
 *
 * @param states         any of these states; empty = any state
 * @param step           at this wizard step
 * @param search         free text matched against the name (contains, any case) and the account ID (prefix)
 * @param failure        the code of a failed verification check the account's last verification reported (e.g.
 *                       ASSUME_ROLE)
 * @param minDaysInState at least this many whole days in its current state
 */
public record AccountQuery(Set<AccountState> states, @With Integer step, @With ConnectionMethod method,
        @With Partition partition, @With String search, @With String failure, @With Integer minDaysInState,
        AccountSort sort, boolean descending) {

    public AccountQuery {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    public static AccountQuery all() {
        return new AccountQuery(Set.of(), null, null, null, null, null, null, AccountSort.NAME, false);
    }

    /** Only accounts in this state, or any state for null. */
    public AccountQuery withState(AccountState s) {
        return withStates(s == null ? Set.of() : Set.of(s));
    }

    /** Accounts in any of these states; empty = any state. */
    public AccountQuery withStates(Collection<AccountState> s) {
        return new AccountQuery(s == null ? Set.of() : Set.copyOf(s), step, method, partition, search, failure,
                minDaysInState, sort, descending);
    }

    public AccountQuery sortedBy(AccountSort s, boolean desc) {
        return new AccountQuery(states, step, method, partition, search, failure, minDaysInState,
                s == null ? AccountSort.NAME : s, desc);
    }

    /** The single state filtered by, or null when any or several states match (for callers of one state). */
    public AccountState state() {
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /** Whether any filter is set (the sort is no filter). */
    public boolean filtered() {
        return !states.isEmpty() || step != null || method != null || partition != null
                || (search != null && !search.isBlank()) || failure != null || minDaysInState != null;
    }

}
