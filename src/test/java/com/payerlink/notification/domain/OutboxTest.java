package com.payerlink.notification.domain;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.payerlink.MailTest;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountReady;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.EMAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OutboxTest extends MailTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxDAO outboxDAO;

    @Autowired
    DSLContext dsl;

    @Autowired
    ScopedTransactions scoped;

    @Autowired
    MailSettings settings;

    @Autowired
    MailSecrets secrets;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void a_queued_mail_is_delivered_as_text_and_html_and_marked_sent() throws Exception {
        Tenant t = newTenant();
        queue(t, "someone@customer.test", new MailContent("Hello <there>", "plain body", "<p>html body</p>"), null);

        sender.sendDue();

        List<MimeMessage> got = mailTo("someone@customer.test");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getSubject()).isEqualTo("Hello <there>");
        String raw = GreenMailUtil.getWholeMessage(got.get(0));
        assertThat(raw).contains("plain body").contains("<p>html body</p>").contains("multipart/alternative");
        OutboxMessage m = messages(t).get(0);
        assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.sentAt()).isNotNull();
    }

    @Test
    void platform_mail_is_read_and_sent_by_the_platform_itself_only() {
        Tenant t = newTenant();
        String admin = "pa-" + UUID.randomUUID() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Platform Admin", admin, Role.PLATFORM_ADMIN, PASSWORD)));
        String staff = "staff-" + UUID.randomUUID() + "@payerlink.test";
        MailContent link = new MailContent("Set your password", "a link", "<p>a link</p>");
        Condition toStaff = EMAIL_OUTBOX.RECIPIENT.eq(staff);

        // a signed-in platform admin queues a new colleague's link, and reads it back no more than a tenant does
        signedInAs(admin, () -> outbox.queueFor(null, "SET_PASSWORD", List.of(staff), link, null, null));

        assertThat(signedInAs(admin, () -> dsl.fetchCount(EMAIL_OUTBOX, toStaff))).isZero();
        assertThat(as(t, Role.ORG_ADMIN, () -> dsl.fetchCount(EMAIL_OUTBOX, toStaff))).isZero();
        assertThat(asPlatform(() -> dsl.fetchCount(EMAIL_OUTBOX, toStaff))).isEqualTo(1);
        assertThatThrownBy(() -> as(t, Role.ORG_ADMIN, () -> outbox.queueFor(null, "SET_PASSWORD", List.of(staff), link, null, null)))
            .as("a tenant writes nothing into the platform's outbox").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> signedInAs(admin, () -> outbox.queueFor(t.id(), "INVITATION", List.of(staff), link, null, null)))
            .as("into a tenant's, a platform admin queues password links only").hasStackTraceContaining("row-level security");

        sender.sendDue();
        assertThat(mailTo(staff)).singleElement().satisfies(m -> assertThat(m.getSubject()).isEqualTo("Set your password"));
        assertThat(asPlatform(() -> dsl.fetchValue(EMAIL_OUTBOX.STATUS, toStaff))).isEqualTo(OutboxStatus.SENT.name());
    }

    @Test
    void a_mail_waiting_longer_than_a_quarter_hour_is_reported_as_stalled_and_a_fresh_one_is_not() {
        Tenant t = newTenant();
        queue(t, "a@customer.test", new MailContent("Invite", "text", "<p>html</p>"), null);
        assertThat(as(t, Role.ORG_ADMIN, () -> outbox.deliveryProblem(Duration.ofMinutes(15)))).isEmpty();

        as(t, Role.ORG_ADMIN, () -> dsl.update(EMAIL_OUTBOX).set(EMAIL_OUTBOX.CREATED_AT, OffsetDateTime.now().minusMinutes(40))
            .where(EMAIL_OUTBOX.TENANT_ID.eq(t.id())).execute());

        assertThat(as(t, Role.ORG_ADMIN, () -> outbox.deliveryProblem(Duration.ofMinutes(15))))
            .hasValueSatisfying(problem -> assertThat(problem).startsWith("Mail is stalled: the oldest queued mail has waited 40 minutes"));
        Tenant other = newTenant();
        assertThat(as(other, Role.ORG_ADMIN, () -> outbox.deliveryProblem(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void the_secret_is_only_in_the_mail_never_in_the_stored_copy() {
        Tenant t = newTenant();
        queue(t, "a@customer.test", new MailContent("Invite", "link https://x/invite/SECRET123", "<a href=\"https://x/invite/SECRET123\">x</a>"),
                "SECRET123");
        assertThat(messages(t).get(0).textBody()).doesNotContain("SECRET123").contains(OutboxDAO.REDACTED);

        sender.sendDue();

        assertThat(GreenMailUtil.getBody(mailTo("a@customer.test").get(0))).contains("SECRET123");
        assertThat(messages(t).get(0).textBody()).doesNotContain("SECRET123").contains(OutboxDAO.REDACTED);
    }

    @Test
    void an_unreachable_server_leaves_the_mail_queued_with_the_error_and_a_backoff() throws IOException {
        Tenant t = newTenant();
        queue(t, "b@customer.test", new MailContent("S", "t", "<p>h</p>"), null);

        int sent = sender.sendDue(senderAt(closedPort()));

        assertThat(sent).isZero();
        OutboxMessage m = messages(t).get(0);
        assertThat(m.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.lastError()).contains("MailSendException");
        assertThat(m.nextAttemptAt()).isCloseTo(OffsetDateTime.now().plus(settings.initialBackoff()), within(Duration.ofSeconds(20)));
    }

    @Test
    void after_the_last_attempt_the_mail_is_failed_and_an_org_admin_can_queue_it_again() throws IOException {
        Tenant t = newTenant();
        queue(t, "c@customer.test", new MailContent("S", "t", "<p>h</p>"), null);
        MailSettings twoAttempts = new MailSettings("Payerlink <no-reply@payerlink.local>", 2, Duration.ZERO,
                Duration.ZERO, 50, Duration.ZERO, 500, Duration.ofSeconds(15));
        OutboxSender impatient = new OutboxSender(outboxDAO, null, scoped, twoAttempts, secrets);
        JavaMailSenderImpl broken = senderAt(closedPort());

        impatient.sendDue(broken);
        impatient.sendDue(broken);

        OutboxMessage failed = messages(t).get(0);
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isNotBlank();

        as(t, Role.ORG_ADMIN, () -> outbox.retry(failed.id()));
        sender.sendDue();
        assertThat(messages(t).get(0).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(mailTo("c@customer.test")).hasSize(1);
    }

    @Test
    void a_malformed_address_fails_at_once() {
        Tenant t = newTenant();
        queue(t, "not an address@@", new MailContent("S", "t", "<p>h</p>"), null);

        sender.sendDue();

        OutboxMessage m = messages(t).get(0);
        assertThat(m.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(m.attempts()).isEqualTo(1);
    }

    @Test
    void backoff_doubles_up_to_the_maximum() {
        MailSettings s = new MailSettings("x@y.z", 8, Duration.ofMinutes(1), Duration.ofMinutes(10), 50, Duration.ofMinutes(5), 500, Duration.ofSeconds(15));

        assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(s::backoffAfter).toList()).containsExactly(Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(10),
                Duration.ofMinutes(10));
    }

    @Test
    void account_ready_mails_every_contact_once_that_dashboards_are_ready() throws Exception {
        Tenant t = newTenant();
        UUID account = UUID.randomUUID();
        AccountReady ready = new AccountReady(t.id(), account, "Fabrikam Prod", new AccountId("012345678901"),
                List.of("ops@fabrikam.test", "cfo@fabrikam.test"));

        events.publishEvent(ready);
        events.publishEvent(ready);
        sender.sendDue();

        assertThat(mailTo("ops@fabrikam.test")).hasSize(1);
        assertThat(mailTo("cfo@fabrikam.test")).hasSize(1);
        MimeMessage m = mailTo("ops@fabrikam.test").get(0);
        assertThat(m.getSubject()).isEqualTo("Your cost dashboards for Fabrikam Prod are ready");
        assertThat(GreenMailUtil.getWholeMessage(m)).contains("012345678901");
        assertThat(messages(t)).extracting(OutboxMessage::kind).containsOnly("DASHBOARDS_READY");
    }

    @Test
    void another_tenants_outbox_is_invisible() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        queue(a, "x@a.test", new MailContent("S", "t", "h"), null);

        assertThat(messages(b)).isEmpty();
        assertThat(messages(a)).hasSize(1);
    }

    private void queue(Tenant t, String to, MailContent content, String secret) {
        as(t, Role.ORG_ADMIN, () -> outbox.queue("TEST", List.of(to), content, secret, null));
    }

    private List<OutboxMessage> messages(Tenant t) {
        return as(t, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 50));
    }

    private static JavaMailSenderImpl senderAt(int port) {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("127.0.0.1");
        s.setPort(port);
        s.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return s;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
