package com.payerlink.security;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.notification.domain.OutboxMessage;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketAccount;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketQuery;
import com.payerlink.support.domain.TicketService;
import com.payerlink.support.domain.TicketStatus;
import com.payerlink.support.domain.TicketSummary;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Threat: a bad day. The portal dies (kill -9, OOM, a node replaced) right after a change commits. Whatever
 * that change owes the world afterwards — released accounts, the MSP_MULTIPLE draft ticket, the
 * dashboards-ready mail, verification of a new connection — must already be a durable record in that
 * same transaction, so the portal (this node after restart, or any other) still does it.
 */
class DurableSideEffectsTest extends IntegrationTest {

    private static final Duration WORKER = Duration.ofSeconds(30);

    @Autowired
    TicketService tickets;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountStateService accountStates;

    @Autowired
    OutboxService outbox;

    @Autowired
    VerificationService verification;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_resolved_ticket_releases_its_accounts_though_the_portal_dies_right_after_commit() {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        UserAccount agent = newSupportAgent();
        CustomerAccount waiting = TestAccounts.create(accounts, t, "123456789012", "Waits for support", ConnectionMethod.MSP_MULTIPLE, "");
        TestAccounts.forceState(waiting.id(), AccountState.AWAITING_SUPPORT);
        Ticket draft = signedInAs(operator.email(), () -> tickets.draft(List.of(waiting.id())));
        Ticket open = signedInAs(operator.email(), () -> tickets.submit(draft.id(), draft.version(),
                new TicketForm("Enable the account", "Please", TicketPriority.NORMAL)));

        signedInAs(agent.email(), () -> commitThenDie(() -> tickets.changeStatus(open.id(), open.version(), TicketStatus.RESOLVED)));

        assertThat(signedInAs(operator.email(), () -> tickets.get(open.id())).status()).isEqualTo(TicketStatus.RESOLVED);
        await("the resolved ticket's account moves on to processing").atMost(WORKER)
            .until(() -> TestAccounts.get(accounts, t, waiting.id()).state() == AccountState.PROCESSING);
        assertThat(as(t, Role.VIEWER, () -> accounts.history(waiting.id())).get(0).actor()).isEqualTo(agent.email());
    }

    @Test
    void an_msp_multiple_registration_drafts_its_ticket_though_the_portal_dies_right_after_commit() {
        Tenant t = newTenant();
        CustomerAccount multi = TestAccounts.complete(accounts, t,
                TestAccounts.create(accounts, t, "234567890123", "Reseller", ConnectionMethod.MSP_MULTIPLE, ""));

        signedInAs(adminEmail(t), () -> commitThenDie(() -> accounts.register(multi.id(), multi.version())));

        assertThat(TestAccounts.get(accounts, t, multi.id()).isRegistered()).isTrue();
        await("the draft ticket listing the account").atMost(WORKER)
            .until(() -> !signedInAs(adminEmail(t), () -> tickets.page(TicketQuery.all(), 0, 10)).isEmpty());
        List<TicketSummary> all = signedInAs(adminEmail(t), () -> tickets.page(TicketQuery.all(), 0, 10));
        assertThat(all).hasSize(1);
        Ticket ticket = signedInAs(adminEmail(t), () -> tickets.get(all.get(0).id()));
        assertThat(ticket.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(ticket.accounts()).extracting(TicketAccount::accountId).containsExactly(multi.id());
    }

    @Test
    void a_registered_connection_is_verified_though_the_portal_dies_right_after_commit() {
        Tenant t = newTenant();
        CustomerAccount single = TestAccounts.complete(accounts, t,
                TestAccounts.create(accounts, t, "345678901234", "Single", ConnectionMethod.MSP_SINGLE, ""));

        signedInAs(adminEmail(t), () -> commitThenDie(() -> accounts.register(single.id(), single.version())));

        await("a verification run of the new connection").atMost(WORKER)
            .until(() -> as(t, Role.VIEWER, () -> verification.latestRun(single.id())).isPresent());
        await("the verification's outcome").atMost(WORKER)
            .until(() -> TestAccounts.get(accounts, t, single.id()).state() != AccountState.VERIFYING);
        assertThat(TestAccounts.get(accounts, t, single.id()).state())
            .isNotEqualTo(AccountState.AWAITING_VERIFICATION);
    }

    @Test
    void the_dashboards_ready_mail_is_queued_though_the_portal_dies_right_after_commit() {
        Tenant t = newTenant();
        CustomerAccount processing = TestAccounts.create(accounts, t, "456789012345", "Ready soon", ConnectionMethod.MSP_SINGLE,
                "finance@customer.test");
        TestAccounts.forceState(processing.id(), AccountState.PROCESSING);

        as(t, Role.OPERATOR, () -> commitThenDie(() -> accountStates.markReady(processing.id(), "report manifest m.json")));

        assertThat(TestAccounts.get(accounts, t, processing.id()).state()).isEqualTo(AccountState.READY);
        await("the dashboards-ready mail in the outbox").atMost(WORKER)
            .until(() -> as(t, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 50)).stream()
                .anyMatch(m -> m.kind().equals("DASHBOARDS_READY") && m.recipient().equals("finance@customer.test")));
        List<OutboxMessage> mails = as(t, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 50));
        assertThat(mails).filteredOn(m -> m.kind().equals("DASHBOARDS_READY")).hasSize(1);
    }

    /**
     * Commits the work in the caller's scope, then dies as a kill -9 right after the commit would: no
     * after-commit callback of that transaction runs. Whatever still happens was recorded durably.
     */
    private <T> boolean commitThenDie(Supplier<T> work) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tx.execute(status -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    // the process is gone: no after-commit or after-completion callback (event listeners) runs
                    TransactionSynchronizationManager.clearSynchronization();
                    TransactionSynchronizationManager.initSynchronization();
                    throw new PortalKilled();
                }
            });
            return work.get();
        })).isInstanceOf(PortalKilled.class);
        return true;
    }

    private static final class PortalKilled extends RuntimeException {

        PortalKilled() {
            super("the portal died right after the commit");
        }

    }

}
