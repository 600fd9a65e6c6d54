package com.payerlink.support.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.account.domain.ConnectionSettingsService;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.core.security.Role;
import com.payerlink.payer.Payers;
import com.payerlink.payer.domain.Customer;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.PayerMemberService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MSP_MULTIPLE's enablement ticket: it lists every member account ID of the customers the connection covers, is
 * submitted by itself once verification passes (tenant setting), and a ticket resolved while verification still
 * runs releases the connection when it passes.
 */
class EnablementTicketsTest extends IntegrationTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    AccountService accountService;

    @Autowired
    VerificationService verificationService;

    @Autowired
    PayerMemberService members;

    @Autowired
    CustomerService customers;

    @Autowired
    ConnectionSettingsService settings;

    @Autowired
    TicketService tickets;

    @Autowired
    EnablementTickets enablement;

    @Test
    void once_verification_passes_the_ticket_is_submitted_listing_every_member_of_the_customers_it_covers() {
        Tenant t = newTenant();
        CustomerAccount payer = Payers.verifiedPayer(aws, accountService, verificationService, t, 51);
        Payers.organizationOf(aws, payer, 6000, 5);
        as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        Customer acme = as(t, Role.OPERATOR, () -> customers.create("Acme Corp", ""));
        Customer beta = as(t, Role.OPERATOR, () -> customers.create("Beta Ltd", ""));
        as(t, Role.OPERATOR, () -> members.group(payer.id(), List.of(Payers.member(6000), Payers.member(6001),
                Payers.member(6002)), acme.id()));
        as(t, Role.OPERATOR, () -> members.group(payer.id(), List.of(Payers.member(6003)), beta.id()));
        as(t, Role.ORG_ADMIN, () -> settings.setSubmitEnablementTicket(true));

        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        CustomerAccount connection = signedInAs(adminEmail(t), () -> accounts.register(Payers.member(6001).value(),
                "Acme via reseller", ConnectionMethod.MSP_MULTIPLE));

        Ticket submitted = await().atMost(Duration.ofSeconds(60)).until(() -> onlyTicket(t),
                ticket -> ticket.isPresent() && ticket.get().status() == TicketStatus.OPEN).orElseThrow();
        assertThat(submitted.accounts()).extracting(TicketAccount::accountId).containsExactly(connection.id());
        assertThat(submitted.description()).contains("Acme via reseller (" + Payers.member(6001).value(),
                "Acme Corp: " + Payers.member(6000).value() + ", " + Payers.member(6001).value() + ", "
                        + Payers.member(6002).value())
            .doesNotContain(Payers.member(6003).value(), Payers.member(6004).value());
        assertThat(submitted.requesterEmail()).isEqualTo(adminEmail(t));
        assertThat(state(t, connection)).isEqualTo(AccountState.AWAITING_SUPPORT);
    }

    @Test
    void a_connection_verified_before_its_draft_was_written_is_submitted_by_the_draft_s_task() {
        Tenant t = newTenant();
        as(t, Role.ORG_ADMIN, () -> settings.setSubmitEnablementTicket(true));
        CustomerAccount connection = TestAccounts.create(accountService, t, RegisteredAccounts.awsId(63), "Early reseller",
                ConnectionMethod.MSP_MULTIPLE, "");
        // its verification passed and its task found no draft to submit: the draft's task ran late (CI saw this)
        TestAccounts.forceRegistered(connection.id(), AccountState.AWAITING_SUPPORT);
        as(t, Role.ORG_ADMIN, () -> enablement.verificationPassed(connection.id()));
        assertThat(onlyTicket(t)).isEmpty();

        as(t, Role.ORG_ADMIN, () -> tickets.draftForConnection(new ConnectionRegistered(t.id(), connection.id(),
                connection.name(), ConnectionMethod.MSP_MULTIPLE, adminEmail(t))));

        Ticket submitted = onlyTicket(t).orElseThrow();
        assertThat(submitted.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(submitted.accounts()).extracting(TicketAccount::accountId).containsExactly(connection.id());
        assertThat(submitted.requesterEmail()).isEqualTo(adminEmail(t));
        // in the verification's name, as its own task submits: the registering admin is mailed of it
        assertThat(submitted.comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(EnablementTickets.VERIFIED_BY);
            assertThat(c.statusChange()).isEqualTo("Draft → Open");
        });
    }

    @Test
    void without_the_setting_the_ticket_stays_a_draft_for_an_operator() {
        Tenant t = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        CustomerAccount connection = accounts.register(RegisteredAccounts.awsId(61), "Lone reseller",
                ConnectionMethod.MSP_MULTIPLE);
        accounts.awaitLatestRun(verificationService, connection.id());

        await().atMost(Duration.ofSeconds(30)).until(() -> state(t, connection) == AccountState.AWAITING_SUPPORT);
        Ticket draft = await().atMost(Duration.ofSeconds(30)).until(() -> onlyTicket(t), Optional::isPresent).orElseThrow();
        assertThat(draft.status()).isEqualTo(TicketStatus.DRAFT);
        assertThat(draft.description()).contains("Lone reseller (" + RegisteredAccounts.awsId(61),
                "No customer has this account among its members yet");
    }

    @Test
    void a_ticket_resolved_while_verification_runs_releases_the_connection_when_verification_passes() {
        Tenant t = newTenant();
        UserAccount agent = newSupportAgent();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        // each AssumeRole of this tenant's role takes 4 s: verification runs for 8 s at least
        aws.assumeRoleSucceeds(":role/" + accounts.roleName(), 4000);
        CustomerAccount connection = accounts.register(RegisteredAccounts.awsId(62), "Slow reseller",
                ConnectionMethod.MSP_MULTIPLE);
        Ticket draft = await().atMost(Duration.ofSeconds(30)).until(() -> onlyTicket(t), Optional::isPresent).orElseThrow();

        Ticket open = signedInAs(adminEmail(t), () -> tickets.submit(draft.id(), draft.version(),
                new TicketForm(draft.subject(), draft.description(), TicketPriority.NORMAL)));
        signedInAs(agent.email(), () -> tickets.changeStatus(open.id(), open.version(), TicketStatus.RESOLVED));
        assertThat(state(t, connection)).isEqualTo(AccountState.VERIFYING);

        await().atMost(Duration.ofSeconds(60)).until(() -> state(t, connection) == AccountState.PROCESSING);
        List<HistoryEntry> history = as(t, Role.VIEWER, () -> accountService.history(connection.id()));
        assertThat(history).extracting(HistoryEntry::detail)
            .anyMatch(d -> d.contains("Verification passed → Awaiting support"))
            .anyMatch(d -> d.contains("ticket " + open.reference() + " was resolved while verification ran"));
    }

    private Optional<Ticket> onlyTicket(Tenant t) {
        List<TicketSummary> all = signedInAs(adminEmail(t), () -> tickets.page(TicketQuery.all(), 0, 10));
        return all.size() == 1 ? Optional.of(signedInAs(adminEmail(t), () -> tickets.get(all.get(0).id())))
                : Optional.empty();
    }

    private AccountState state(Tenant t, CustomerAccount a) {
        return as(t, Role.VIEWER, () -> accountService.get(a.id())).state();
    }

}
