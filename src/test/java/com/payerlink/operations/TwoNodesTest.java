package com.payerlink.operations;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.payerlink.IntegrationTest;
import com.payerlink.RateLimitWindow;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.api.domain.ApiTokenService;
import com.payerlink.api.domain.NewApiToken;
import com.payerlink.core.security.Role;
import com.payerlink.notification.domain.MailContent;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.OutboxStatus;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.RunStatus;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal nodes on one PostgreSQL, as behind a load balancer: this test's Spring context (node A) and a second
 * portal in its own JVM (node B, {@link PortalProcess}), which can be killed. Both share the database only. Their jobs
 * live in a table of their own, so the other test contexts of this JVM (same database) take none of them, and their
 * outbox task has a name of its own and a short interval.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "payerlink.api.rate-limit-per-minute=" + TwoNodesTest.RATE_LIMIT, "payerlink.mail.task-name=" + TwoNodesTest.SEND_TASK,
        "payerlink.mail.poll-interval=PT0.2S", "db-scheduler.scheduler-name=node-a",
        "db-scheduler.table-name=" + TwoNodesTest.TASK_TABLE })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest extends IntegrationTest {

    static final int RATE_LIMIT = 25;

    static final String SEND_TASK = "send-outbox-two-nodes";

    /** The two nodes' own job table: other test contexts of this JVM share the database, but not these jobs. */
    static final String TASK_TABLE = "two_nodes.scheduled_tasks";

    private static final int SMTP_PORT = PortalProcess.freePort();

    private static final AwsStub aws = AwsStub.shared();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    private static PortalProcess nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    Scheduler schedulerA;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    OutboxService outbox;

    @Autowired
    AccountService accounts;

    @Autowired
    VerificationService verification;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startNodeB() throws Exception {
        // in a schema of its own: the database may not be migrated yet (Flyway wants an empty public schema then)
        new JdbcTemplate(ownerDataSource()).execute("""
                create schema if not exists two_nodes;
                grant usage on schema two_nodes to payerlink_app;
                create table if not exists %s (task_name text not null, task_instance text not null, task_data bytea,
                    execution_time timestamptz not null, picked boolean not null, picked_by text,
                    last_success timestamptz, last_failure timestamptz, consecutive_failures int,
                    last_heartbeat timestamptz, version bigint not null, priority smallint,
                    primary key (task_name, task_instance));
                grant select, insert, update, delete on %s to payerlink_app;
                delete from %s""".formatted(TASK_TABLE, TASK_TABLE, TASK_TABLE));
        nodeB = PortalProcess.start("node-b", List.of("db-scheduler.table-name=" + TASK_TABLE,"payerlink.api.rate-limit-per-minute=" + RATE_LIMIT,
                "payerlink.mail.task-name=" + SEND_TASK, "payerlink.mail.poll-interval=PT0.2S",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT, "server.forward-headers-strategy=native",
                // operations asked for JSON logs; the loggers below write requests, headers and AWS traffic
                "logging.structured.format.console=ecs", "spring.mvc.log-request-details=true",
                "logging.level.org.springframework.web.servlet.DispatcherServlet=trace", "logging.level.com.payerlink=debug",
                "logging.level.org.springframework.security.web.FilterChainProxy=debug",
                "logging.level.org.apache.http.wire=debug", "logging.level.org.apache.http.headers=debug"));
    }

    @AfterAll
    static void stopNodeB() throws Exception {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    @Order(1)
    void a_burst_of_api_calls_with_one_token_is_limited_to_the_configured_total_across_both_nodes() throws Exception {
        Tenant tenant = newTenant();
        String token = as(tenant, Role.ORG_ADMIN, () -> tokens.create(new NewApiToken("burst", Role.VIEWER, null))).secret();
        RateLimitWindow.awaitRoomInMinute(Duration.ofSeconds(30));
        // 20 on node A: within the limit
        for (int i = 0; i < 20; i++) {
            assertThat(NodeHttp.get(portA, "/api/v1/accounts?size=1", token).statusCode()).isEqualTo(200);
        }
        // then a burst of 40 on both nodes at once: node B alone would allow 25, the cluster only 5 more
        List<Integer> statuses = NodeHttp.burst(List.of(nodeB.port(), portA), "/api/v1/accounts?size=1", token, 40);

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(RATE_LIMIT - 20);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(40 - (RATE_LIMIT - 20));
        HttpResponse<String> refused = NodeHttp.get(nodeB.port(), "/api/v1/accounts?size=1", token);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    @Order(2)
    void each_queued_mail_is_sent_once_while_both_nodes_run_the_outbox_task() throws Exception {
        Tenant tenant = newTenant();
        String domain = tenant.code().toLowerCase(Locale.ROOT) + ".test";
        List<String> recipients = IntStream.range(0, 20).mapToObj(i -> "contact-" + i + "@" + domain).toList();
        as(tenant, Role.ORG_ADMIN, () -> recipients.forEach(r -> outbox.queue("TEST", List.of(r),
                new MailContent("Once " + r, "Sent once", "<p>Sent once</p>"), null, null)));

        await("every mail sent").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
            .until(() -> as(tenant, Role.ORG_ADMIN, () -> outbox.messages(OutboxStatus.SENT).count()) == recipients.size());
        // many more rounds of both nodes: nothing goes out again
        Thread.sleep(2_000);

        List<String> delivered = Arrays.stream(greenMail.getReceivedMessages()).map(TwoNodesTest::recipient)
            .filter(r -> r.endsWith("@" + domain)).toList();
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(as(tenant, Role.ORG_ADMIN, () -> outbox.messages(OutboxStatus.QUEUED).count())).isZero();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from " + TASK_TABLE + " where task_name = ?", Integer.class, SEND_TASK)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void node_b_serves_only_health_info_and_metrics_on_its_management_port_and_reports_what_it_did() throws Exception {
        Tenant tenant = newTenant();
        RegisteredAccounts registered = new RegisteredAccounts(accounts, tenant).allPass(aws);
        String token = as(tenant, Role.ORG_ADMIN, () -> tokens.create(new NewApiToken("ops", Role.OPERATOR, null))).secret();
        // node A's scheduler waits, so node B verifies the registered connection
        schedulerA.pause();
        VerificationRun run;
        try {
            UUID account = registered.register(RegisteredAccounts.awsId(1), "Metered", ConnectionMethod.MSP_SINGLE).id();
            run = registered.awaitLatestRun(verification, account);
        }
        finally {
            schedulerA.resume();
        }
        NodeHttp.postCsv(nodeB.port(), "/api/v1/accounts/import?dryRun=true&fileName=two.csv", token,
                "account_id,name,partition\n" + RegisteredAccounts.awsId(2) + ",Two,aws\n" + RegisteredAccounts.awsId(3) + ",Three,aws\n");
        String afterWrongPassword = NodeHttp.signIn(nodeB.port(), adminEmail(tenant), "wrong-password");
        int management = nodeB.managementPort();

        assertThat(run.status()).isEqualTo(RunStatus.PASSED);
        assertThat(afterWrongPassword).endsWith("/login?error");
        HttpResponse<String> readiness = NodeHttp.get(management, "/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "readinessState", "\"db\"", "migrations");
        assertThat(NodeHttp.get(management, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(NodeHttp.get(management, "/actuator/info", null).statusCode()).isEqualTo(200);
        assertThat(NodeHttp.get(management, "/actuator/env", null).statusCode()).isEqualTo(403);
        assertThat(NodeHttp.get(management, "/actuator/beans", null).statusCode()).isEqualTo(403);
        assertThat(NodeHttp.get(management, "/login", null).statusCode()).isEqualTo(403);
        // the portal's own port serves no actuator
        assertThat(NodeHttp.get(nodeB.port(), "/actuator/health", null).body()).doesNotContain("\"status\":\"UP\"");
        assertReports(NodeHttp.get(management, "/actuator/prometheus", null).body());
        NodeLogs.assertJsonWithoutSecrets(nodeB.logLines(), tenant, token, as(tenant, Role.ORG_ADMIN,
                () -> accounts.get(run.accountId()).externalId().value()));
    }

    /** The scrape shows the verification, its AWS calls, the import preview, the wrong password and the outbox. */
    private static void assertReports(String metrics) {
        assertThat(metrics).contains("payerlink_verification_runs_total{application=\"payerlink\",result=\"PASSED\"}")
            .containsPattern("payerlink_aws_calls_seconds_count\\{[^}]*operation=\"AssumeRole\"[^}]*outcome=\"success\"")
            .containsPattern("payerlink_aws_calls_seconds_count\\{[^}]*operation=\"AssumeRole\"[^}]*outcome=\"denied\"")
            .contains("payerlink_import_rows_total{application=\"payerlink\",mode=\"preview\"} 2.0")
            .containsPattern("payerlink_import_duration_seconds_count\\{[^}]*mode=\"preview\"")
            .contains("payerlink_sign_in_failures_total{application=\"payerlink\",reason=\"rejected\"}")
            .contains("payerlink_outbox_queued{", "payerlink_outbox_oldest_age_seconds{",
                    "payerlink_webhook_delivery_failures_total{", "dbscheduler_task_completions_total{");
    }

    @Test
    @Order(4)
    void behind_a_proxy_the_node_takes_https_and_the_client_address_from_the_forwarded_headers() {
        Tenant tenant = newTenant();
        // the sign-ins come as plain HTTP, since the test's client keeps no Secure cookie for http://localhost
        String[] fromClient = { "X-Forwarded-For", "203.0.113.7" };
        String[] fromOtherClient = { "X-Forwarded-For", "203.0.113.8" };
        String pausedBefore = NodeHttp.signInFailures(nodeB.managementPort(), "paused");

        HttpResponse<String> page = NodeHttp.get(nodeB.port(), "/login", null, "X-Forwarded-Proto", "https");
        // five wrong passwords from one client address, then its pause: the sixth is not even checked
        for (int i = 0; i < 6; i++) {
            NodeHttp.signIn(nodeB.port(), adminEmail(tenant), "wrong-password", fromClient);
        }
        String pausedAfterSix = NodeHttp.signInFailures(nodeB.managementPort(), "paused");
        // the real user signs in from their own address (through the same proxy)
        String fromOwnAddress = NodeHttp.signIn(nodeB.port(), adminEmail(tenant), PASSWORD, fromOtherClient);

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
            assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(Double.parseDouble(pausedAfterSix)).isEqualTo(Double.parseDouble(pausedBefore) + 1);
        assertThat(fromOwnAddress).doesNotContain("/login");
    }

    @Test
    @Order(5)
    void a_node_killed_mid_batch_leaves_its_verifications_to_the_other_which_finishes_each_once() throws Exception {
        Tenant tenant = newTenant();
        RegisteredAccounts registered = new RegisteredAccounts(accounts, tenant);
        aws.assumeRoleDenied(":role/" + registered.roleName());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ids.add(registered.register(RegisteredAccounts.awsId(300 + i), String.format("Kill test %02d", i),
                    ConnectionMethod.MSP_SINGLE).id());
        }
        ids.forEach(id -> registered.awaitLatestRun(verification, id));
        // now the roles can be assumed, slowly enough that node B is busy when it dies
        registered.allPass(aws);
        aws.allowAssumeRole(":role/" + registered.roleName()).assumeRoleSucceeds(":role/" + registered.roleName(), 400);
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        schedulerA.pause();
        List<String> orphaned;
        UUID batch;
        try {
            batch = as(tenant, Role.OPERATOR, () -> verification.verify(ids)).batchId();
            await("node B works on the batch").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> pickedBy(sql, "node-b", ids).size() >= 4);
            nodeB.kill();
            orphaned = pickedBy(sql, "node-b", ids);
        }
        finally {
            schedulerA.resume();
        }

        BatchProgress done = registered.awaitBatch(verification, batch);

        assertThat(orphaned).as("verifications node B held when it was killed").isNotEmpty();
        assertThat(done.done()).isEqualTo(16);
        assertThat(done.failed()).isZero();
        List<VerificationRun> runs = as(tenant, Role.ORG_ADMIN, () -> verification.runs(batch));
        assertThat(runs).hasSize(16).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.PASSED);
            assertThat(r.checks()).extracting(c -> c.code()).doesNotHaveDuplicates();
        });
        assertThat(pickedBy(sql, "node-b", ids)).isEmpty();
    }

    /** The batch's verification jobs that the node has picked and not finished. */
    private static List<String> pickedBy(JdbcTemplate sql, String node, List<UUID> ids) {
        return sql.queryForList("select task_instance from " + TASK_TABLE + " where task_name = 'verify-account'"
                + " and picked and picked_by = ? and split_part(task_instance, '/', 1) = any(?::text[])", String.class, node,
                ids.stream().map(UUID::toString).toArray(String[]::new));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource ownerDataSource() {
        TestDatabase db = TestDatabase.get();
        return new DriverManagerDataSource(db.url(), db.username(), db.password());
    }


}
