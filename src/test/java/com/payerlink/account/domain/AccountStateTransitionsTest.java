package com.payerlink.account.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountStateTransitionsTest {

    @Test
    void every_state_is_reachable_from_draft() {
        Set<AccountState> seen = EnumSet.of(AccountState.DRAFT);
        Deque<AccountState> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (AccountState next : AccountStateTransitions.next(todo.pop())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(AccountState.values());
    }

    @Test
    void any_state_may_be_disconnected_and_disconnected_only_reconnects() {
        for (AccountState s : AccountState.values()) {
            if (s != AccountState.DISCONNECTED) {
                assertThat(AccountStateTransitions.allows(s, AccountState.DISCONNECTED)).as(s.name()).isTrue();
            }
        }
        // Reconnect: the wizard again, at the stack
        assertThat(AccountStateTransitions.next(AccountState.DISCONNECTED)).containsExactly(AccountState.IN_PROGRESS);
    }

    @Test
    void verify_starts_from_awaiting_verification_verifying_and_failed_only() {
        assertThat(AccountStateTransitions.into(AccountState.VERIFYING)).containsExactlyInAnyOrder(
                AccountState.AWAITING_VERIFICATION, AccountState.VERIFYING, AccountState.VERIFICATION_FAILED);
        assertThat(AccountStateService.VERIFIABLE).isEqualTo(AccountStateTransitions.into(AccountState.VERIFYING));
    }

    @Test
    void verification_passes_to_processing_or_support_and_only_processing_becomes_ready() {
        assertThat(AccountStateTransitions.next(AccountState.VERIFYING)).contains(AccountState.PROCESSING,
                AccountState.AWAITING_SUPPORT, AccountState.VERIFICATION_FAILED);
        assertThat(AccountStateTransitions.into(AccountState.READY)).containsExactly(AccountState.PROCESSING);
        assertThat(AccountStateTransitions.allows(AccountState.READY, AccountState.PROCESSING)).isFalse();
        assertThat(AccountStateTransitions.allows(AccountState.DRAFT, AccountState.AWAITING_VERIFICATION)).isFalse();
    }

    @Test
    void a_move_the_table_does_not_allow_names_the_states_that_may_follow() {
        assertThatThrownBy(() -> AccountStateTransitions.require(AccountState.READY, AccountState.VERIFYING))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("An account that is Ready cannot become Verifying; it may become [Disconnected].");
    }

}
