package com.payerlink.health.domain;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.payerlink.Application;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountHealth;
import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.account.domain.AccountHistoryAction;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HealthStatus;
import com.payerlink.core.security.Role;
import com.payerlink.notification.domain.OutboxMessage;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;
import com.payerlink.webhook.WebhookReceiver;
import com.payerlink.webhook.domain.Webhook;
import com.payerlink.webhook.domain.WebhookEventType;
import com.payerlink.webhook.domain.WebhookInput;
import com.payerlink.webhook.domain.WebhookService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health after go-live across two portal nodes (two Spring contexts on one database): each sweep and each digest runs
 * once cluster-wide, and a role that AWS starts to refuse makes one Degraded change, one webhook and one digest line.
 */
@TestPropertySource(properties = {"payerlink.health.enabled=true", "payerlink.digest.enabled=true",
    // the sweep and the digest run when the test says (their next run is a day away), and every account is due
    "payerlink.health.sweep-interval=P1D", "payerlink.health.check-interval=PT1S", "payerlink.digest.time=03:00"})
class HealthSweepTest extends IntegrationTest {

    private static final AwsStub aws = AwsStub.shared();

    // In a full test run, other test contexts share the database without these tasks: one that picks a due run first
    // leaves it alone, and db-scheduler gives it to a node that has the task only once it finds it dead (seconds).
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    /** The tasks each node finished, by name. */
    @TestConfiguration
    static class Runs {

        final Map<String, AtomicInteger> finished = new ConcurrentHashMap<>();

        @Bean
        SchedulerListener countFinishedTasks() {
            return new AbstractSchedulerListener() {

                @Override
                public void onExecutionComplete(ExecutionComplete complete) {
                    finished.computeIfAbsent(complete.getExecution().taskInstance.getTaskName(), n -> new AtomicInteger())
                        .incrementAndGet();
                }

            };
        }

        int of(String task) {
            return finished.getOrDefault(task, new AtomicInteger()).get();
        }

    }

    @Autowired
    private Runs runs;

    @Autowired
    private Environment environment;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private AccountService accountService;

    @Autowired
    private AccountStateService accountStates;

    @Autowired
    private AccountHealthService health;

    @Autowired
    private VerificationService verificationService;

    @Autowired
    private WebhookService webhooks;

    @Autowired
    private OutboxService outbox;

    @Test
    void a_refused_role_degrades_once_with_one_webhook_and_one_digest_line_while_each_sweep_and_digest_runs_once()
            throws Exception {
        Tenant tenant = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant).allPass(aws);
        CustomerAccount account = readyAccount(accounts);
        try (WebhookReceiver receiver = WebhookReceiver.start();
                ConfigurableApplicationContext nodeB = secondNode()) {
            Runs runsB = nodeB.getBean(Runs.class);
            // each node's first start scheduled the sweep (the first run happens at once): from here on it runs when told
            awaitIdle(HealthTasks.HEALTH_SWEEP);
            awaitIdle("daily-digest");
            int sweeps = runs.of(HealthTasks.HEALTH_SWEEP) + runsB.of(HealthTasks.HEALTH_SWEEP);
            int digestRuns = runs.of("daily-digest") + runsB.of("daily-digest");
            Webhook hook = as(tenant, Role.ORG_ADMIN, () -> webhooks.create(new WebhookInput(receiver.url(),
                    Set.of(WebhookEventType.ACCOUNT_HEALTH_DEGRADED, WebhookEventType.ACCOUNT_HEALTH_RECOVERED), true)));

            // the connection is fine: checked, healthy, nothing to report
            runNow(HealthTasks.HEALTH_SWEEP, runsB, sweeps + 1);
            HealthStatus good = awaitHealth(tenant, account, h -> h.checkedAt() != null);
            assertThat(good.health()).isEqualTo(AccountHealth.HEALTHY);

            // the customer breaks the role's trust policy
            aws.assumeRoleDenied(":role/" + accounts.roleName());
            Thread.sleep(1_100); // the check interval
            runNow(HealthTasks.HEALTH_SWEEP, runsB, sweeps + 2);
            HealthStatus degraded = awaitHealth(tenant, account, h -> h.health() == AccountHealth.DEGRADED);
            assertThat(degraded.codes()).containsExactly("ASSUME_ROLE_DENIED");

            // still refused at the next sweep: no second change, no second alert
            Thread.sleep(1_100);
            runNow(HealthTasks.HEALTH_SWEEP, runsB, sweeps + 3);
            awaitHealth(tenant, account, h -> h.checkedAt().isAfter(degraded.checkedAt()));
            runNow("daily-digest", runsB, digestRuns + 1);

            assertThat(as(tenant, Role.ORG_ADMIN, () -> accountService.history(account.id())))
                .filteredOn(h -> h.action().equals(AccountHistoryAction.HEALTH_CHANGED.name()))
                .singleElement().satisfies(h -> assertThat(h.detail()).contains("ASSUME_ROLE_DENIED"));
            await("the webhook").atMost(PATIENCE).until(() -> !receiver.received().isEmpty());
            Thread.sleep(1_500); // a second one would come now
            assertThat(receiver.received()).singleElement().satisfies(r -> {
                assertThat(r.header("X-Payerlink-Event")).isEqualTo("account.health_degraded");
                assertThat(WebhookReceiver.signatureValid(r, hook.secret())).isTrue();
                assertThat(r.body()).contains("\"codes\":[\"ASSUME_ROLE_DENIED\"]").contains(account.id().toString());
            });
            List<OutboxMessage> digests = await("the digest").atMost(PATIENCE)
                .until(() -> digestsOf(tenant), d -> !d.isEmpty());
            assertThat(digests).singleElement().satisfies(mail -> {
                assertThat(mail.recipient()).isEqualTo(adminEmail(tenant));
                assertThat(mail.subject()).contains("1 degraded account");
                assertThat(mail.textBody().lines().filter(l -> l.contains(account.accountId().value())))
                    .singleElement().satisfies(l -> assertThat(l).contains("Health Co").contains("ASSUME_ROLE_DENIED"));
            });
            // two nodes, one database: three sweeps and one digest, each run by exactly one of them
            assertThat(runs.of(HealthTasks.HEALTH_SWEEP) + runsB.of(HealthTasks.HEALTH_SWEEP)).isEqualTo(sweeps + 3);
            assertThat(runs.of("daily-digest") + runsB.of("daily-digest")).isEqualTo(digestRuns + 1);
        }
        finally {
            aws.allowAssumeRole(":role/" + accounts.roleName());
        }
    }

    @Test
    void a_recovered_connection_is_healthy_again_with_one_history_line() {
        Tenant tenant = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant).allPass(aws);
        CustomerAccount account = readyAccount(accounts);
        as(tenant, Role.ORG_ADMIN, () -> health.recordCheck(account.id(), List.of("BUCKET_ACCESS_DENIED")));

        assertThat(as(tenant, Role.ORG_ADMIN, () -> health.recordCheck(account.id(), List.of("BUCKET_ACCESS_DENIED"))))
            .as("the same finding again").isEmpty();
        assertThat(as(tenant, Role.ORG_ADMIN, () -> health.recordCheck(account.id(), List.of()))).hasValueSatisfying(
                change -> assertThat(change.health()).isEqualTo(AccountHealth.HEALTHY));
        assertThat(as(tenant, Role.ORG_ADMIN, () -> accountService.history(account.id())))
            .filteredOn(h -> h.action().equals(AccountHistoryAction.HEALTH_CHANGED.name()))
            .extracting(h -> h.detail().substring(0, 15))
            .containsExactlyInAnyOrder("Health degraded", "Health recovere");
    }

    @Test
    void a_sweep_hands_out_a_tenants_share_within_its_limit() {
        HealthSettings settings = new HealthSettings(true, Duration.ofDays(1), Duration.ofMinutes(15), 50);

        assertThat(settings.quota(0)).isZero();
        assertThat(settings.quota(1)).isEqualTo(1);
        assertThat(settings.quota(960)).isEqualTo(10); // 96 sweeps a day: each account once a day
        assertThat(settings.quota(100_000)).isEqualTo(50); // the per-tenant limit
    }

    private CustomerAccount readyAccount(RegisteredAccounts accounts) {
        CustomerAccount a = accounts.register(RegisteredAccounts.awsId(77), "Health Co", ConnectionMethod.MSP_SINGLE);
        accounts.awaitLatestRun(verificationService, a.id());
        as(accounts.tenant(), Role.ORG_ADMIN, () -> accountStates.markReady(a.id(), "test delivery"));
        return as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.get(a.id()));
    }

    private HealthStatus awaitHealth(Tenant tenant, CustomerAccount account,
            java.util.function.Predicate<HealthStatus> until) {
        return await("health of " + account.name()).atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
            .until(() -> as(tenant, Role.ORG_ADMIN, () -> health.healthOf(List.of(account.id())).get(account.id())),
                    h -> h != null && until.test(h));
    }

    private List<OutboxMessage> digestsOf(Tenant tenant) {
        return as(tenant, Role.ORG_ADMIN, () -> outbox.messages(null).page(0, 50)).stream()
            .filter(m -> m.kind().equals("DAILY_DIGEST")).toList();
    }

    /** Waits until the recurring task is next due in more than an hour (not running, not due). */
    private void awaitIdle(String task) {
        await(task + " idle").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
            .until(() -> new JdbcTemplate(dataSource).queryForObject("select count(*) from scheduled_tasks"
                    + " where task_name = ? and picked = false and execution_time > now() + interval '1 hour'",
                    Integer.class, task), n -> n == 1);
    }

    /** Makes the recurring task due now, and waits until one of the two nodes has run it the n-th time. */
    private void runNow(String task, Runs runsB, int nth) {
        new JdbcTemplate(dataSource).update("update scheduled_tasks set execution_time = now()"
                + " where task_name = ? and picked = false", task);
        await(task + " run " + nth).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
            .until(() -> runs.of(task) + runsB.of(task) >= nth);
    }

    /** Another portal node: the same application on the same database, with this test's settings. */
    private ConfigurableApplicationContext secondNode() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        Stream.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "payerlink.database.portal-username", "payerlink.database.portal-password", "payerlink.aws.endpoint",
                "payerlink.aws.max-attempts", "db-scheduler.polling-interval", "db-scheduler.heartbeat-interval",
                "payerlink.health.enabled", "payerlink.digest.enabled", "payerlink.health.sweep-interval",
                "payerlink.health.check-interval", "payerlink.digest.time", "payerlink.webhook.allow-private-addresses",
                "payerlink.webhook.poll-interval", "payerlink.webhook.first-retry")
            .forEach(key -> args.add("--" + key + "=" + environment.getRequiredProperty(key)));
        return new SpringApplicationBuilder(Application.class, Runs.class).run(args.toArray(String[]::new));
    }

}
