package com.payerlink.invitation.domain;

import com.payerlink.core.security.SecretToken;
import com.payerlink.MailTest;
import com.payerlink.TestAccounts;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.Product;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.db.tables.records.InvitationRecord;
import com.payerlink.notification.domain.OutboxMessage;
import com.payerlink.notification.domain.OutboxSender;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.tenant.domain.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.payerlink.db.Tables.INVITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationServiceTest extends MailTest {

    private static final Pattern LINK = Pattern.compile("https://portal\\.example\\.test/invite/([A-Za-z0-9_-]+)");

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    DSLContext dsl;

    @Test
    void each_contact_gets_a_mail_with_a_link_whose_token_is_stored_only_as_its_hash() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "100000000001", "Tailspin", "it@tailspin.test, cfo@tailspin.test");

        InvitationOutcome outcome = as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        outboxSender.sendDue();

        assertThat(outcome.sent()).containsExactly("Tailspin");
        assertThat(outcome.message()).isEqualTo("Queued 1 invitation for sending; the Outbox shows when each is sent.");
        List<MimeMessage> mails = mailTo("it@tailspin.test");
        assertThat(mails).hasSize(1);
        assertThat(mailTo("cfo@tailspin.test")).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo(t.name() + " invites you to connect AWS account 100000000001");
        String token = tokenIn(textOf(mails.get(0)));
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 random bits, base64url
        InvitationRecord row = as(t, Role.ORG_ADMIN, () -> dsl.selectFrom(INVITATION).where(INVITATION.CUSTOMER_ACCOUNT_ID.eq(a.id())).fetchSingle());
        assertThat(row.getTokenHash()).isEqualTo(SecretToken.hash(token)).doesNotContain(token);
        assertThat(row.intoList()).noneMatch(v -> v != null && v.toString().contains(token));
        assertThat(outboxOf(t)).allSatisfy(m -> assertThat(m.textBody()).doesNotContain(token));
    }

    @Test
    void the_link_shows_only_its_account_and_every_step_is_recorded_as_the_customer() {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "100000000002", "Wingtip", "ops@wingtip.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        String token = queuedToken(t, "ops@wingtip.test");
        assertThat(statuses(t, a)).isEqualTo(InvitationStatus.PENDING);

        CustomerSteps steps = invitations.open(token);
        assertThat(steps.account().id()).isEqualTo(a.id());
        assertThat(steps.mspName()).isEqualTo(t.name());
        assertThat(steps.template()).contains(a.externalId().value());
        assertThat(statuses(t, a)).isEqualTo(InvitationStatus.OPENED);

        CustomerAccount c = steps.account();
        c = invitations.confirmBillingAccess(token, a.id(), c.version(), true).account();
        c = invitations.saveCurSettings(token, a.id(), c.version(), CurSettings.typed(Set.of(Product.COST_ANALYTICS), true,
                null, null, "", "us-east-1", false)).account();
        c = invitations.confirmStackCreated(token, a.id(), c.version()).account();
        CustomerSteps done = invitations.saveRoleArns(token, a.id(), c.version(), "arn:aws:iam::100000000002:role/PayerlinkRole");

        assertThat(done.completed()).isTrue();
        assertThat(done.account().roleArns()).extracting(RoleArn::value).containsExactly("arn:aws:iam::100000000002:role/PayerlinkRole");
        assertThat(statuses(t, a)).isEqualTo(InvitationStatus.COMPLETED);
        List<HistoryEntry> history = as(t, Role.OPERATOR, () -> accounts.history(a.id()));
        assertThat(history.subList(0, 5)).extracting(HistoryEntry::actor).containsOnly(InvitationService.CUSTOMER_ACTOR);
        assertThat(history).extracting(HistoryEntry::action).contains("INVITATION_OPENED", "INVITATION_SENT");
    }

    @Test
    void a_token_of_account_a_cannot_touch_account_b() {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "100000000003", "Alpha", "a@alpha.test");
        CustomerAccount b = limited(t, "100000000004", "Bravo", "b@bravo.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id(), b.id())));
        String tokenA = queuedToken(t, "a@alpha.test");

        assertThatThrownBy(() -> invitations.saveRoleArns(tokenA, b.id(), b.version(),
                "arn:aws:iam::100000000004:role/PayerlinkRole"))
            .isInstanceOf(InvitationLinkInvalidException.class)
            .hasMessageContaining("another account");
        assertThatThrownBy(() -> invitations.confirmStackCreated(tokenA, b.id(), b.version()))
            .isInstanceOf(InvitationLinkInvalidException.class);
        assertThat(TestAccounts.get(accounts, t, b.id()).roleArns()).isEmpty();
        assertThat(TestAccounts.get(accounts, t, b.id()).version()).isEqualTo(b.version());
    }

    @Test
    void an_expired_link_is_refused_and_says_to_ask_for_a_new_one() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "100000000005", "Late", "late@late.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        String token = queuedToken(t, "late@late.test");
        expire(a.id());

        assertThatThrownBy(() -> invitations.open(token))
            .isInstanceOfSatisfying(InvitationLinkInvalidException.class,
                    e -> assertThat(e.status()).isEqualTo(InvitationStatus.EXPIRED))
            .hasMessageContaining("expired").hasMessageContaining(t.name());
        assertThat(statuses(t, a)).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void a_revoked_link_stops_working_and_a_resend_replaces_the_old_link() {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "100000000006", "Resent", "r@resent.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        String first = queuedToken(t, "r@resent.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        String second = queuedToken(t, "r@resent.test");

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> invitations.open(first))
            .isInstanceOfSatisfying(InvitationLinkInvalidException.class,
                    e -> assertThat(e.status()).isEqualTo(InvitationStatus.REVOKED));
        assertThat(invitations.open(second).account().id()).isEqualTo(a.id());

        as(t, Role.OPERATOR, () -> {
            invitations.revoke(a.id());
            return null;
        });
        assertThatThrownBy(() -> invitations.open(second)).isInstanceOf(InvitationLinkInvalidException.class)
            .hasMessageContaining("no longer works");
        assertThat(statuses(t, a)).isEqualTo(InvitationStatus.REVOKED);
    }

    @Test
    void an_unknown_link_is_refused_without_saying_more() {
        assertThatThrownBy(() -> invitations.open("x".repeat(43)))
            .isInstanceOfSatisfying(InvitationLinkInvalidException.class, e -> assertThat(e.status()).isNull())
            .hasMessageContaining("not known");
        assertThatThrownBy(() -> invitations.open("'; drop table invitation; --"))
            .isInstanceOf(InvitationLinkInvalidException.class);
    }

    @Test
    void accounts_without_contacts_or_already_registered_are_skipped_with_the_reason() {
        Tenant t = newTenant();
        CustomerAccount none = limited(t, "100000000007", "No Contacts", "");
        CustomerAccount registered = TestAccounts.register(accounts, t,
                limited(t, "100000000008", "Registered", "x@registered.test"));

        InvitationOutcome outcome = as(t, Role.OPERATOR, () -> invitations.send(List.of(none.id(), registered.id())));

        assertThat(outcome.sent()).isEmpty();
        assertThat(outcome.message()).contains("No Contacts has no contact e-mail; add one in step 2")
            .contains("Registered is registered already");
        assertThatThrownBy(() -> as(t, Role.VIEWER, () -> invitations.send(List.of(none.id())))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> invitations.send(List.of()))).isInstanceOf(InvalidInputException.class);
    }

    private CustomerAccount limited(Tenant t, String awsId, String name, String contacts) {
        return TestAccounts.create(accounts, t, awsId, name, ConnectionMethod.MSP_LIMITED, contacts);
    }

    private InvitationStatus statuses(Tenant t, CustomerAccount a) {
        Map<UUID, InvitationStatus> s = as(t, Role.OPERATOR, () -> invitations.statuses(List.of(a.id())));
        return s.get(a.id());
    }

    private List<OutboxMessage> outboxOf(Tenant t) {
        return as(t, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 100));
    }

    /** The link of the newest invitation mail to the address, as queued (before it is sent). */
    /** The token of the newest invitation mailed to the address (the outbox keeps it only encrypted). */
    private String queuedToken(Tenant t, String to) {
        outboxSender.sendDue();
        List<MimeMessage> mails = mailTo(to);
        assertThat(mails).as("an invitation mailed to " + to).isNotEmpty();
        return tokenIn(textOf(mails.get(mails.size() - 1)));
    }

    private static String tokenIn(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a link in: " + text).isTrue();
        return m.group(1);
    }

    private static void expire(UUID accountId) throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement(
                        "update invitation set expires_at = now() - interval '1 minute' where customer_account_id = ?")) {
            s.setObject(1, accountId);
            s.executeUpdate();
        }
    }

}
