package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountStateMoveTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountStateService accountStates;

    @Test
    void a_move_along_the_table_is_saved_with_its_history_line() {
        Tenant t = newTenant();
        CustomerAccount waiting = TestAccounts.create(accounts, t, "313131313131", "Umbrella",
                ConnectionMethod.MSP_MULTIPLE, "");
        // set directly, so no verification job of a real registration moves it meanwhile
        TestAccounts.forceState(waiting.id(), AccountState.AWAITING_SUPPORT);

        as(t, Role.ORG_ADMIN, () -> {
            accountStates.move(waiting.id(), AccountState.PROCESSING, "ticket resolved");
            return null;
        });

        CustomerAccount after = TestAccounts.get(accounts, t, waiting.id());
        assertThat(after.state()).isEqualTo(AccountState.PROCESSING);
        assertThat(after.version()).isEqualTo(waiting.version() + 1);
        List<HistoryEntry> history = as(t, Role.VIEWER, () -> accounts.history(waiting.id()));
        assertThat(history.get(0).action()).isEqualTo(AccountHistoryAction.STATE_CHANGED.name());
        assertThat(history.get(0).detail()).isEqualTo("Awaiting support → Processing: ticket resolved");
    }

    @Test
    void a_move_the_table_does_not_allow_is_refused_and_changes_nothing() {
        Tenant t = newTenant();
        CustomerAccount draft = TestAccounts.create(accounts, t, "424242424242", "Hooli", ConnectionMethod.MSP_SINGLE, "");

        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> {
            accountStates.move(draft.id(), AccountState.READY, "skipping ahead");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot become Ready");

        CustomerAccount after = TestAccounts.get(accounts, t, draft.id());
        assertThat(after.state()).isEqualTo(AccountState.DRAFT);
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(as(t, Role.VIEWER, () -> accounts.history(draft.id()))).hasSize(1);
    }

}
