package com.payerlink.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.MailTest;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.Partition;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportRowStatus;
import com.payerlink.importing.domain.ImportService;
import com.payerlink.notification.domain.MailContent;
import com.payerlink.notification.domain.MailTemplates;
import com.payerlink.notification.domain.OutboxMessage;
import com.payerlink.notification.domain.OutboxSender;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.OutboxStatus;
import com.payerlink.support.domain.TicketForm;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketService;
import com.payerlink.tenant.domain.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threat: the portal as a mail cannon. An API token must not make the portal mail strangers (requesterEmail is one
 * of the tenant's users); a tenant cannot send more than its hourly share (the rest waits in the outbox, nothing is
 * lost); and no subject built from user input (ticket subjects, account names) carries a line break that would add
 * mail headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "payerlink.mail.max-per-tenant-per-hour=3")
class MailAbuseTest extends MailTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokenService;

    @Autowired
    TicketService ticketService;

    @Autowired
    AccountService accountService;

    @Autowired
    ImportService importService;

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxSender sender;

    @Test
    void requester_email_over_the_api_must_be_a_user_of_the_tokens_tenant() throws Exception {
        Tenant northwind = newTenant();
        Tenant contoso = newTenant();
        String token = token(northwind);

        for (String stranger : List.of("victim@elsewhere.example", adminEmail(contoso))) {
            HttpResponse<String> refused = post(token, "/api/v1/tickets",
                    "{\"subject\": \"Hello\", \"requesterEmail\": \"" + stranger + "\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("requesterEmail");
            assertThat(problem.at("/errors/0/message").asText()).contains(stranger, "user of your tenant");
            assertThat(problem.toString()).doesNotContain(contoso.name());
        }
        assertThat(as(northwind, Role.ORG_ADMIN, () -> outbox.messages(null).count())).isZero();

        HttpResponse<String> created = post(token, "/api/v1/tickets",
                "{\"subject\": \"Hello\", \"requesterEmail\": \"" + adminEmail(northwind).toUpperCase() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("requesterEmail").asText()).isEqualTo(adminEmail(northwind));
    }

    @Test
    void a_ticket_subject_with_a_line_break_or_other_control_character_is_refused() throws Exception {
        Tenant t = newTenant();

        HttpResponse<String> refused = post(token(t), "/api/v1/tickets",
                "{\"subject\": \"Hello\\r\\nBcc: victim@elsewhere.example\", \"requesterEmail\": \"" + adminEmail(t) + "\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asText()).isEqualTo("subject");
        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> ticketService.create(
                new TicketForm("Hello\u0000there", "", TicketPriority.NORMAL), List.of())))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("subject");
                assertThat(e.getMessage()).contains("U+0000");
            });
    }

    @Test
    void an_account_name_with_a_line_break_is_refused_in_the_wizard_and_made_one_line_by_the_import() {
        Tenant t = newTenant();

        assertThatThrownBy(() -> as(t, Role.OPERATOR, () -> accountService.create(Partition.AWS,
                new AccountDetails("210987654321", "Acme\r\nBcc: victim@elsewhere.example", ConnectionMethod.MSP_SINGLE, ""))))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        String csv = "account_id,name\n210987654321,\"Acme\rBcc: victim@elsewhere.example\"\n";
        ImportPreview preview = as(t, Role.OPERATOR,
                () -> importService.preview("a.csv", csv.getBytes(StandardCharsets.UTF_8), false));
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ImportRowStatus.NEW);
            assertThat(r.name()).isEqualTo("Acme Bcc: victim@elsewhere.example");
        });
    }

    @Test
    void subjects_of_mails_never_carry_a_line_break_even_from_values_stored_before() {
        List<MailContent> mails = List.of(
                MailTemplates.ticketUpdate("NW-1001", "Hello\r\nBcc: victim@elsewhere.example", "Answered", "https://x/t"),
                MailTemplates.dashboardsReady("Acme\nBcc: victim@elsewhere.example", "210987654321"),
                MailTemplates.invitation("Northwind\r\nX-Evil: 1", "Acme\u0085", "210987654321", "https://x/i",
                        java.time.OffsetDateTime.now()));

        assertThat(mails).extracting(MailContent::subject)
            .allSatisfy(s -> assertThat(s.chars()).noneMatch(Character::isISOControl))
            .anySatisfy(s -> assertThat(s).contains("Hello Bcc: victim@elsewhere.example"));
    }

    @Test
    void a_tenant_over_its_hourly_mail_limit_waits_in_the_outbox_and_nothing_is_lost() throws Exception {
        Tenant busy = newTenant();
        Tenant quiet = newTenant();
        for (int i = 1; i <= 5; i++) {
            String to = "reader" + i + "@" + busy.code().toLowerCase() + ".test";
            as(busy, Role.ORG_ADMIN, () -> outbox.queue("TEST", List.of(to), new MailContent("Mail", "t", "<p>h</p>"), null, null));
        }
        String quietReader = "reader@" + quiet.code().toLowerCase() + ".test";
        as(quiet, Role.ORG_ADMIN, () -> outbox.queue("TEST", List.of(quietReader), new MailContent("Mail", "t", "<p>h</p>"), null, null));

        sender.sendDue();
        sender.sendDue();

        assertThat(statuses(busy)).containsExactlyInAnyOrder(OutboxStatus.SENT, OutboxStatus.SENT, OutboxStatus.SENT,
                OutboxStatus.QUEUED, OutboxStatus.QUEUED);
        assertThat(messages(busy)).filteredOn(m -> m.status() == OutboxStatus.QUEUED)
            .allSatisfy(m -> assertThat(m.attempts()).isZero());
        assertThat(mailTo(quietReader)).hasSize(1);
        assertThat(received(busy)).hasSize(3);

        anHourPasses(busy.id());
        sender.sendDue();

        assertThat(statuses(busy)).containsOnly(OutboxStatus.SENT);
        assertThat(received(busy)).hasSize(5);
    }

    private List<MimeMessage> received(Tenant t) {
        return java.util.stream.IntStream.rangeClosed(1, 5)
            .mapToObj(i -> mailTo("reader" + i + "@" + t.code().toLowerCase() + ".test"))
            .flatMap(List::stream).toList();
    }

    private List<OutboxMessage> messages(Tenant t) {
        return as(t, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 50));
    }

    private List<OutboxStatus> statuses(Tenant t) {
        return messages(t).stream().map(OutboxMessage::status).toList();
    }

    private static void anHourPasses(UUID tenantId) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement(
                        "update email_outbox set sent_at = sent_at - interval '61 minutes' where tenant_id = ? and sent_at is not null")) {
            s.setObject(1, tenantId);
            s.executeUpdate();
        }
    }

    private String token(Tenant t) {
        return as(t, Role.ORG_ADMIN, () -> tokenService.create(new NewApiToken("script", Role.OPERATOR, null))).secret();
    }

    private HttpResponse<String> post(String token, String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

}
