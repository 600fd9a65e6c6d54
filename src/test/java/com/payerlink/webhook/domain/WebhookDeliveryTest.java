package com.payerlink.webhook.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.webhook.WebhookReceiver;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.payerlink.db.Tables.WEBHOOK_DELIVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Webhooks on the real PostgreSQL, delivered by the portal's job to a real HTTP receiver. */
class WebhookDeliveryTest extends IntegrationTest {

    private static final Set<WebhookEventType> STATE_CHANGES = Set.of(WebhookEventType.ACCOUNT_STATE_CHANGED);

    @Autowired
    private WebhookService webhooks;

    @Autowired
    private WebhookDAO webhookDAO;

    @Autowired
    private WebhookEvents webhookEvents;

    @Autowired
    private AccountService accountService;

    @Autowired
    private ScopedTransactions scoped;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private DSLContext dsl;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_receiver_gets_signed_events_and_a_retry_after_a_500() throws Exception {
        Tenant tenant = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.start().answer(500)) {
            Webhook hook = as(tenant, Role.ORG_ADMIN, () -> webhooks.create(new WebhookInput(receiver.url(),
                    STATE_CHANGES, true)));

            WebhookDelivery first = as(tenant, Role.ORG_ADMIN, () -> webhooks.sendTest(hook.id()));

            assertThat(first.status()).isEqualTo(DeliveryStatus.QUEUED);
            assertThat(first.lastStatusCode()).isEqualTo(500);
            assertThat(first.lastError()).contains("HTTP 500").contains("receiver broken");
            WebhookDelivery done = await("the retry").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(tenant, Role.ORG_ADMIN, () -> webhooks.deliveries(hook.id()).page(0, 10)).get(0),
                        d -> d.status() == DeliveryStatus.DELIVERED);
            assertThat(done.attempts()).isEqualTo(2);
            assertThat(done.lastStatusCode()).isEqualTo(200);
            assertThat(receiver.received()).hasSize(2).allSatisfy(r -> {
                assertThat(WebhookReceiver.signatureValid(r, hook.secret())).as("signature").isTrue();
                assertThat(WebhookReceiver.signatureValid(r, "whsec_someone-elses")).isFalse();
                assertThat(r.header("X-Payerlink-Event")).isEqualTo("webhook.test");
                assertThat(r.header("X-Payerlink-Delivery")).isEqualTo(done.eventId().toString());
                assertThat(r.header("Content-Type")).isEqualTo("application/json");
            });
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::answered).containsExactly(500, 200);
            // the log has every attempt with its answer
            List<Integer> codes = as(tenant, Role.ORG_ADMIN, () -> new JdbcTemplate(dataSource).queryForList(
                    "select status_code from webhook_attempt where delivery_id = ? order by attempted_at, id",
                    Integer.class, done.id()));
            assertThat(codes).containsExactly(500, 200);
            JsonNode body = json.readTree(receiver.received().get(1).body());
            assertThat(body.get("type").asText()).isEqualTo("webhook.test");
            assertThat(body.get("tenantId").asText()).isEqualTo(tenant.id().toString());
            assertThat(body.get("id").asText()).isEqualTo(done.eventId().toString());
        }
    }

    @Test
    void account_state_changes_reach_the_subscribed_webhook_as_json() throws Exception {
        Tenant tenant = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant).allPass(AwsStub.shared());
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhook hook = as(tenant, Role.ORG_ADMIN, () -> webhooks.create(new WebhookInput(receiver.url(),
                    STATE_CHANGES, true)));
            // a webhook that receives only tickets gets none of it
            as(tenant, Role.ORG_ADMIN, () -> webhooks.create(new WebhookInput(receiver.url() + "?tickets",
                    Set.of(WebhookEventType.TICKET_UPDATED), true)));

            var account = accounts.register(RegisteredAccounts.awsId(31), "Webhook Co", ConnectionMethod.MSP_SINGLE);

            // queued (→ Verifying), then verified (→ Processing)
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= 2);
            Thread.sleep(500);
            assertThat(receiver.received()).hasSize(2).allSatisfy(r -> {
                assertThat(r.header("X-Payerlink-Event")).isEqualTo("account.state_changed");
                assertThat(WebhookReceiver.signatureValid(r, hook.secret())).isTrue();
            });
            List<JsonNode> data = receiver.received().stream().map(r -> read(r.body()).get("data")).toList();
            assertThat(data).extracting(d -> d.get("to").asText()).containsExactlyInAnyOrder("VERIFYING", "PROCESSING");
            assertThat(data).allSatisfy(d -> {
                assertThat(d.get("accountId").asText()).isEqualTo(account.id().toString());
                assertThat(d.get("accountName").asText()).isEqualTo("Webhook Co");
                assertThat(d.get("awsAccountId").asText()).isEqualTo(RegisteredAccounts.awsId(31));
            });
        }
    }

    @Test
    void a_tenant_never_sees_nor_changes_another_tenants_webhooks_and_gets_none_of_its_events() {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhook theirs = as(other, Role.ORG_ADMIN, () -> webhooks.create(new WebhookInput(receiver.url(),
                    Set.copyOf(WebhookEventType.subscribable()), true)));
            as(other, Role.ORG_ADMIN, () -> webhooks.sendTest(theirs.id()));

            assertThat(as(mine, Role.ORG_ADMIN, webhooks::list)).isEmpty();
            assertThat(as(mine, Role.ORG_ADMIN, () -> webhooks.deliveries(theirs.id()).page(0, 10))).isEmpty();
            assertThatThrownBy(() -> as(mine, Role.ORG_ADMIN, () -> webhooks.update(theirs.id(), theirs.version(),
                    new WebhookInput("http://127.0.0.1:1/mine", STATE_CHANGES, true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no longer exists");
            assertThatThrownBy(() -> as(mine, Role.ORG_ADMIN, () -> webhooks.sendTest(theirs.id())))
                .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> as(mine, Role.ORG_ADMIN, () -> webhooks.delete(theirs.id(), theirs.version())))
                .isInstanceOf(InvalidInputException.class);
            // even a query that forgot its tenant filter sees none of their rows (row-level security)
            assertThat(as(mine, Role.ORG_ADMIN, () -> scoped.call(com.payerlink.core.tenancy.CurrentScope.get(),
                    () -> webhookDAO.deliveries(other.id(), theirs.id(), 0, 10)))).isEmpty();
            // an event of my tenant goes to none of theirs, though they subscribe to every type
            assertThat(as(mine, Role.ORG_ADMIN, () -> scoped.call(com.payerlink.core.tenancy.CurrentScope.get(),
                    () -> webhookEvents.publish(mine.id(), WebhookEventType.ACCOUNT_READY, java.util.Map.of())))).isZero();
            assertThat(as(other, Role.ORG_ADMIN, () -> webhooks.list())).singleElement();
            assertThat(as(other, Role.ORG_ADMIN, () -> webhooks.deliveries(theirs.id()).page(0, 10))).hasSize(1);
        }
    }

    @Test
    void operators_and_viewers_may_not_manage_webhooks() {
        Tenant tenant = newTenant();
        for (Role role : List.of(Role.OPERATOR, Role.VIEWER)) {
            assertThatThrownBy(() -> as(tenant, role, webhooks::list))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }

    @Test
    void the_sender_checks_the_address_again_before_each_attempt_and_refuses_an_internal_one() {
        Tenant tenant = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhook hook = as(tenant, Role.ORG_ADMIN, () -> webhooks.create(new WebhookInput(receiver.url(),
                    STATE_CHANGES, true)));
            // queued not due for the portal's own job (which allows 127.0.0.1 in tests): only the strict sender tries it
            long delivery = as(tenant, Role.ORG_ADMIN, () -> scoped.call(com.payerlink.core.tenancy.CurrentScope.get(), () -> {
                long id = webhookDAO.queue(tenant.id(), hook.id(), UUID.randomUUID(), "webhook.test", "{}").orElseThrow();
                dsl.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, OffsetDateTime.now().plusHours(1))
                    .where(WEBHOOK_DELIVERY.ID.eq(id)).execute();
                return id;
            }));
            WebhookSender strict = new WebhookSender(webhookDAO, scoped, new WebhookSettings(false, Duration.ofSeconds(10),
                    Duration.ofSeconds(30), Duration.ofHours(1), 8, Duration.ofSeconds(5)));

            strict.deliverTenant(tenant.id(), delivery);

            assertThat(receiver.received()).isEmpty();
            WebhookDelivery refused = as(tenant, Role.ORG_ADMIN, () -> webhooks.deliveries(hook.id()).page(0, 10)).get(0);
            assertThat(refused.attempts()).isEqualTo(1);
            assertThat(refused.lastStatusCode()).isNull();
            assertThat(refused.lastError()).startsWith("Refused:").contains("127.0.0.1");
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
