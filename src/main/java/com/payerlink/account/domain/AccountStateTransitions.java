package com.payerlink.account.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.payerlink.account.domain.AccountState.AWAITING_SUPPORT;
import static com.payerlink.account.domain.AccountState.AWAITING_VERIFICATION;
import static com.payerlink.account.domain.AccountState.DISCONNECTED;
import static com.payerlink.account.domain.AccountState.DRAFT;
import static com.payerlink.account.domain.AccountState.IN_PROGRESS;
import static com.payerlink.account.domain.AccountState.PROCESSING;
import static com.payerlink.account.domain.AccountState.READY;
import static com.payerlink.account.domain.AccountState.VERIFICATION_FAILED;
import static com.payerlink.account.domain.AccountState.VERIFYING;

/**
 * Which account state may follow which (PRODUCT.md, account states): the one table that every change of an
 * account's state is checked against.
 */
public final class AccountStateTransitions {

    private static final Map<AccountState, Set<AccountState>> NEXT = new EnumMap<>(AccountState.class);

    static {
        allow(DRAFT, IN_PROGRESS);
        allow(IN_PROGRESS, AWAITING_VERIFICATION);
        allow(AWAITING_VERIFICATION, VERIFYING);
        // VERIFYING again: "Verify" while a run is still queued starts a fresh one
        allow(VERIFYING, VERIFYING, VERIFICATION_FAILED, AWAITING_SUPPORT, PROCESSING);
        // fixed in the wizard and registered again, or verified again as it is
        allow(VERIFICATION_FAILED, AWAITING_VERIFICATION, VERIFYING);
        allow(AWAITING_SUPPORT, PROCESSING);
        allow(PROCESSING, READY);
        allow(READY);
        // reconnected: the wizard starts again at the stack, with a new ExternalId
        allow(DISCONNECTED, IN_PROGRESS);
        // any state may go to DISCONNECTED (by an org admin)
        NEXT.forEach((from, next) -> {
            if (from != DISCONNECTED) {
                next.add(DISCONNECTED);
            }
        });
    }

    private AccountStateTransitions() {
    }

    /** Whether an account in {@code from} may move to {@code to}. */
    public static boolean allows(AccountState from, AccountState to) {
        return NEXT.get(from).contains(to);
    }

    /** The states that may follow {@code from}. */
    public static Set<AccountState> next(AccountState from) {
        return Collections.unmodifiableSet(NEXT.get(from));
    }

    /** The states from which an account may move to {@code to}, e.g. which accounts "Verify" may start. */
    public static Set<AccountState> into(AccountState to) {
        Set<AccountState> from = EnumSet.noneOf(AccountState.class);
        NEXT.forEach((state, next) -> {
            if (next.contains(to)) {
                from.add(state);
            }
        });
        return Collections.unmodifiableSet(from);
    }

    /**
     * @throws IllegalStateException if the table does not allow the move: a bug in the caller, which checks the
     *                               state the user sees before it moves an account
     */
    static void require(AccountState from, AccountState to) {
        if (!allows(from, to)) {
            throw new IllegalStateException("An account that is " + from.label() + " cannot become " + to.label()
                    + "; it may become " + next(from).stream().map(AccountState::label).toList() + ".");
        }
    }

    private static void allow(AccountState from, AccountState... to) {
        Set<AccountState> next = EnumSet.noneOf(AccountState.class);
        next.addAll(java.util.List.of(to));
        NEXT.put(from, next);
    }

}
