package com.payerlink.support.domain;

import com.payerlink.MailTest;
import com.payerlink.TestDatabase;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.notification.domain.OutboxSender;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import jakarta.mail.internet.MimeMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.payerlink.db.Tables.EMAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class TicketServiceTest extends MailTest {

    @Autowired
    TicketService tickets;

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DSLContext dsl;

    @Test
    void numbers_count_up_per_tenant_behind_its_code() {
        Tenant a = newTenant();
        Tenant b = newTenant();

        Ticket a1 = open(a, "First");
        Ticket a2 = open(a, "Second");
        Ticket b1 = open(b, "Other tenant's first");

        assertThat(a1.reference()).isEqualTo(a.code() + "-1001");
        assertThat(a2.reference()).isEqualTo(a.code() + "-1002");
        assertThat(b1.reference()).isEqualTo(b.code() + "-1001");
    }

    @Test
    void concurrent_tickets_of_a_tenant_get_distinct_numbers() throws Exception {
        Tenant t = newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Ticket>> work = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                work.add(() -> open(t, "Parallel " + n));
            }
            List<String> references = new ArrayList<>();
            for (Future<Ticket> f : pool.invokeAll(work)) {
                references.add(f.get().reference());
            }
            assertThat(references).doesNotHaveDuplicates().hasSize(12)
                .allMatch(r -> r.matches(t.code() + "-10(0[1-9]|1[0-2])"));
        }
        finally {
            pool.shutdown();
        }
    }

    @Test
    void the_status_flow_releases_the_accounts_on_resolve_and_mails_the_requester_each_public_change() throws Exception {
        Tenant t = newTenant();
        UserAccount operator = newUser(t, Role.OPERATOR);
        UserAccount agent = newSupportAgent();
        CustomerAccount one = TestAccounts.create(accounts, t, "111111111111", "Multi One", ConnectionMethod.MSP_MULTIPLE, "");
        CustomerAccount two = TestAccounts.create(accounts, t, "222222222222", "Multi Two", ConnectionMethod.MSP_MULTIPLE, "");
        CustomerAccount draft = TestAccounts.create(accounts, t, "333333333333", "Still a draft", ConnectionMethod.MSP_SINGLE, "");
        TestAccounts.forceState(one.id(), AccountState.AWAITING_SUPPORT);
        TestAccounts.forceState(two.id(), AccountState.AWAITING_SUPPORT);

        Ticket ticket = signedInAs(operator.email(), () -> tickets.draft(List.of(one.id(), two.id(), draft.id())));
        assertThat(ticket.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(ticket.accounts()).extracting(TicketAccount::awsAccountId)
            .containsExactly("111111111111", "222222222222", "333333333333");
        Ticket submitted = signedInAs(operator.email(), () -> tickets.submit(ticket.id(), ticket.version(),
                new TicketForm("Please enable our accounts", "Three accounts", TicketPriority.HIGH)));
        assertThat(submitted.requesterEmail()).isEqualTo(operator.email());

        Ticket working = signedInAs(agent.email(), () -> tickets.changeStatus(ticket.id(), submitted.version(), TicketStatus.IN_PROGRESS));
        Ticket waiting = signedInAs(agent.email(), () -> tickets.changeStatus(ticket.id(), working.version(), TicketStatus.WAITING_ON_CUSTOMER));
        Ticket answered = signedInAs(operator.email(), () -> tickets.comment(ticket.id(), "Here is what you asked for", false));
        assertThat(answered.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(TestAccounts.get(accounts, t, one.id()).state()).isEqualTo(AccountState.AWAITING_SUPPORT);

        Ticket resolved = signedInAs(agent.email(), () -> tickets.changeStatus(ticket.id(), answered.version(), TicketStatus.RESOLVED));

        // the release is a durable task, run by a worker right after the commit
        await().atMost(Duration.ofSeconds(30)).until(() -> TestAccounts.get(accounts, t, two.id()).state() == AccountState.PROCESSING);
        assertThat(TestAccounts.get(accounts, t, one.id()).state()).isEqualTo(AccountState.PROCESSING);
        assertThat(TestAccounts.get(accounts, t, two.id()).state()).isEqualTo(AccountState.PROCESSING);
        assertThat(TestAccounts.get(accounts, t, draft.id()).state()).isEqualTo(AccountState.DRAFT);
        List<HistoryEntry> history = as(t, Role.VIEWER, () -> accounts.history(one.id()));
        assertThat(history.get(0).detail()).contains("ticket " + ticket.reference() + " resolved");
        assertThat(history.get(0).actor()).isEqualTo(agent.email());

        Ticket closed = signedInAs(operator.email(), () -> tickets.changeStatus(ticket.id(), resolved.version(), TicketStatus.CLOSED));
        assertThat(closed.comments()).extracting(TicketComment::statusChange).containsExactly("Draft → Open",
                "Open → In progress", "In progress → Waiting on customer", "Waiting on customer → In progress",
                "In progress → Resolved", "Resolved → Closed");

        outboxSender.sendDue();
        List<MimeMessage> mails = mailTo(operator.email());
        assertThat(mails).hasSize(3).allSatisfy(m -> assertThat(m.getSubject())
            .isEqualTo("[" + ticket.reference() + "] Please enable our accounts"));
        assertThat(textOf(mails.get(2))).contains("In progress → Resolved");
    }

    @Test
    void tenant_users_cannot_resolve_and_viewers_cannot_write() {
        Tenant t = newTenant();
        UserAccount viewer = newUser(t, Role.VIEWER);
        Ticket ticket = open(t, "Help");

        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> tickets.changeStatus(ticket.id(), ticket.version(), TicketStatus.RESOLVED)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("cannot be set to resolved");
        assertThatThrownBy(() -> signedInAs(viewer.email(), () -> tickets.comment(ticket.id(), "hi", false)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> tickets.comment(ticket.id(), "secret", true)))
            .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void internal_comments_stay_with_support_and_only_public_ones_are_mailed() throws Exception {
        Tenant t = newTenant();
        UserAccount agent = newSupportAgent();
        Ticket ticket = open(t, "Question");

        signedInAs(agent.email(), () -> tickets.comment(ticket.id(), "We are on it", false));
        signedInAs(agent.email(), () -> tickets.comment(ticket.id(), "Customer's bucket policy is wrong", true));

        assertThat(signedInAs(adminEmail(t), () -> tickets.get(ticket.id())).comments())
            .extracting(TicketComment::body).containsExactly("We are on it");
        assertThat(signedInAs(agent.email(), () -> tickets.get(ticket.id())).comments())
            .extracting(TicketComment::body).containsExactly("We are on it", "Customer's bucket policy is wrong");
        outboxSender.sendDue();
        assertThat(mailTo(adminEmail(t))).hasSize(1);
        assertThat(textOf(mailTo(adminEmail(t)).get(0))).contains("We are on it")
            .doesNotContain("bucket policy");
    }

    @Test
    void a_support_agents_answer_queues_its_mail_in_the_answers_own_transaction() {
        Tenant t = newTenant();
        UserAccount agent = newSupportAgent();
        Ticket ticket = open(t, "Question");
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);

        signedInAs(agent.email(), () -> transactions.execute(status -> {
            tickets.comment(ticket.id(), "An answer that rolls back", false);
            status.setRollbackOnly();
            return null;
        }));
        signedInAs(agent.email(), () -> tickets.comment(ticket.id(), "An answer that stays", false));

        assertThat(mailsOf(t, "%An answer that rolls back%")).as("no answer, no mail").isEqualTo(0L);
        assertThat(mailsOf(t, "%An answer that stays%")).as("queued in the ticket's tenant").isEqualTo(1L);
        assertThat(signedInAs(agent.email(), () -> dsl.fetchCount(EMAIL_OUTBOX)))
            .as("the agent queues ticket updates but reads no tenant's outbox").isZero();
    }

    private static Object mailsOf(Tenant t, String text) {
        return TestDatabase.get().queryAsOwner("select count(*) from email_outbox where tenant_id = ? "
                + "and kind = 'TICKET_UPDATE' and text_body like ?", t.id(), text);
    }

    @Test
    void agents_see_submitted_tickets_of_every_tenant_but_no_drafts() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        UserAccount agent = newSupportAgent();
        CustomerAccount acc = TestAccounts.create(accounts, a, "444444444444", "Acc", ConnectionMethod.MSP_SINGLE, "");
        Ticket ofA = open(a, "From A");
        Ticket ofB = open(b, "From B");
        Ticket draftOfA = signedInAs(adminEmail(a), () -> tickets.draft(List.of(acc.id())));

        List<TicketSummary> seen = signedInAs(agent.email(), () -> tickets.page(TicketQuery.all(), 0, 1000));

        assertThat(seen).extracting(TicketSummary::id).contains(ofA.id(), ofB.id()).doesNotContain(draftOfA.id());
        assertThat(seen).filteredOn(s -> s.id().equals(ofB.id())).extracting(TicketSummary::tenantName).containsExactly(b.name());
        assertThat(signedInAs(adminEmail(b), () -> tickets.page(TicketQuery.all(), 0, 100)))
            .extracting(TicketSummary::id).containsExactly(ofB.id());
        assertThatThrownBy(() -> signedInAs(agent.email(), () -> tickets.get(draftOfA.id())))
            .isInstanceOf(TicketNotFoundException.class);
    }

    @Test
    void registering_msp_multiple_connections_drafts_one_ticket_listing_their_accounts() {
        Tenant t = newTenant();
        CustomerAccount one = TestAccounts.create(accounts, t, "555555555555", "Reseller A", ConnectionMethod.MSP_MULTIPLE, "");
        CustomerAccount two = TestAccounts.create(accounts, t, "666666666666", "Reseller B", ConnectionMethod.MSP_MULTIPLE, "");
        CustomerAccount single = TestAccounts.create(accounts, t, "777777777777", "Single", ConnectionMethod.MSP_SINGLE, "");

        TestAccounts.register(accounts, t, one);
        TestAccounts.register(accounts, t, two);
        TestAccounts.register(accounts, t, single);

        // the draft is a durable task per registration, run by workers right after each commit
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<TicketSummary> drafts = signedInAs(adminEmail(t), () -> tickets.page(TicketQuery.all(), 0, 10));
            return drafts.size() == 1 && signedInAs(adminEmail(t), () -> tickets.get(drafts.get(0).id())).accounts().size() == 2;
        });
        List<TicketSummary> all = signedInAs(adminEmail(t), () -> tickets.page(TicketQuery.all(), 0, 10));
        assertThat(all).hasSize(1);
        Ticket draft = signedInAs(adminEmail(t), () -> tickets.get(all.get(0).id()));
        assertThat(draft.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(draft.subject()).isEqualTo(TicketService.CONNECTION_SUBJECT);
        assertThat(draft.accounts()).extracting(TicketAccount::accountId).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(draft.description()).contains("555555555555").contains("666666666666").doesNotContain("777777777777");
    }

    @Test
    void a_ticket_without_subject_is_refused_with_the_field_named() {
        Tenant t = newTenant();

        assertThatThrownBy(() -> signedInAs(adminEmail(t), () -> tickets.create(new TicketForm("  ", "x", null), List.of())))
            .isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("subject"));
    }

    private Ticket open(Tenant t, String subject) {
        return signedInAs(adminEmail(t), () -> tickets.create(new TicketForm(subject, "", TicketPriority.NORMAL), List.of()));
    }

}
