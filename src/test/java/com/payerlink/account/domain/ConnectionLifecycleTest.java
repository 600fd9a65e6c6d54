package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Disconnecting a registered connection and reconnecting it. */
class ConnectionLifecycleTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ConnectionLifecycleService lifecycle;

    @Test
    void an_org_admin_disconnects_with_a_reason_and_the_history_stays() {
        Tenant t = newTenant();
        CustomerAccount ready = registeredAndReady(t, "616161616161", "Soylent");
        int historyBefore = as(t, Role.VIEWER, () -> accounts.history(ready.id())).size();

        CustomerAccount gone = as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version(),
                "Customer left"));

        assertThat(gone.state()).isEqualTo(AccountState.DISCONNECTED);
        assertThat(gone.stateDetail()).isEqualTo("Customer left");
        assertThat(gone.externalId()).isEqualTo(ready.externalId());
        assertThat(gone.isRegistered()).isTrue();
        List<HistoryEntry> history = as(t, Role.VIEWER, () -> accounts.history(ready.id()));
        assertThat(history).hasSize(historyBefore + 1);
        assertThat(history.get(0).detail()).isEqualTo("Ready → Disconnected: Customer left");
    }

    @Test
    void only_org_admins_disconnect_only_registered_connections_and_always_with_a_reason() {
        Tenant t = newTenant();
        CustomerAccount ready = registeredAndReady(t, "626262626262", "Umbrella");
        CustomerAccount draft = TestAccounts.create(accounts, t, "626262626263", "Draft Co", ConnectionMethod.MSP_SINGLE, "");

        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> lifecycle.disconnect(ready.id(), ready.version(), "why")))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version(), "  ")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version(), "a\nb")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(draft.id(), draft.version(), "why")))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("still in its wizard"));
        assertThat(TestAccounts.get(accounts, t, ready.id()).state()).isEqualTo(AccountState.READY);
    }

    @Test
    void another_tenant_cannot_disconnect_or_reconnect() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        CustomerAccount ready = registeredAndReady(mine, "636363636363", "Cyberdyne");

        assertThatThrownBy(() -> as(other, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version(), "x")))
            .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> as(other, Role.ORG_ADMIN, () -> lifecycle.reconnect(ready.id(), ready.version())))
            .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void reconnect_restarts_at_step_5_with_a_new_external_id_to_be_registered_again() {
        Tenant t = newTenant();
        CustomerAccount ready = registeredAndReady(t, "646464646464", "Tyrell");
        CustomerAccount gone = as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version(), "Stack deleted"));

        CustomerAccount back = as(t, Role.OPERATOR, () -> lifecycle.reconnect(gone.id(), gone.version()));

        assertThat(back.state()).isEqualTo(AccountState.IN_PROGRESS);
        assertThat(back.wizardStep()).isEqualTo(5);
        assertThat(back.externalId()).isNotEqualTo(ready.externalId());
        assertThat(back.externalId().isGeneratedFormat()).isTrue();
        assertThat(back.roleArns()).isEmpty();
        assertThat(back.isRegistered()).isFalse();
        assertThat(back.stateDetail()).isEmpty();
        // report settings and history stay
        assertThat(back.curSettingsConfirmed()).isEqualTo(ready.curSettingsConfirmed());
        assertThat(back.billingAccessConfirmed()).isTrue();
        assertThat(as(t, Role.VIEWER, () -> accounts.history(back.id())).get(0).detail())
            .startsWith("Disconnected → In progress: reconnected with a new ExternalId (" + ready.externalId().value());
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> lifecycle.reconnect(back.id(), back.version())))
            .isInstanceOf(InvalidInputException.class);

        // the wizard goes on as before: stack, role ARN, registration
        CustomerAccount registered = as(t, Role.ORG_ADMIN, () -> {
            CustomerAccount a = accounts.confirmStackCreated(back.id(), back.version());
            a = accounts.saveRoleArns(a.id(), a.version(), "arn:aws:iam::646464646464:role/PayerlinkRole");
            return accounts.register(a.id(), a.version());
        });
        assertThat(registered.isRegistered()).isTrue();
    }

    @Test
    void a_disconnect_over_a_stale_version_is_refused() {
        Tenant t = newTenant();
        CustomerAccount ready = registeredAndReady(t, "656565656565", "Wonka");

        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> lifecycle.disconnect(ready.id(), ready.version() - 1,
                "Customer left"))).isInstanceOf(com.payerlink.core.ConcurrentChangeException.class);
        assertThat(TestAccounts.get(accounts, t, ready.id()).state()).isEqualTo(AccountState.READY);
    }

    private CustomerAccount registeredAndReady(Tenant t, String awsId, String name) {
        CustomerAccount a = TestAccounts.registerAndSettle(accounts, t,
                TestAccounts.create(accounts, t, awsId, name, ConnectionMethod.MSP_SINGLE, ""));
        TestAccounts.forceState(a.id(), AccountState.READY);
        return TestAccounts.get(accounts, t, a.id());
    }

}
