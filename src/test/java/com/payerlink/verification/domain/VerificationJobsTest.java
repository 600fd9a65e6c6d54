package com.payerlink.verification.domain;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountReady;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HistoryEntry;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.VerificationRequests.VerificationQueued;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.aws.AwsClients;
import com.payerlink.verification.aws.AwsSettings;
import com.payerlink.verification.aws.CheckCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import software.amazon.awssdk.core.exception.SdkClientException;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;

/** Verification as durable jobs on the real PostgreSQL and db-scheduler, against the shared AWS stub. */
@RecordApplicationEvents
class VerificationJobsTest extends IntegrationTest {

    private static final AwsStub aws = AwsStub.shared();

    @Autowired
    Scheduler portalScheduler;

    @Autowired
    private AccountService accountService;

    @Autowired
    private VerificationService verificationService;

    @Autowired
    private VerificationRunner runner;

    @Autowired
    private DeliveryWatcher deliveryWatcher;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private DbSchedulerCustomizer schedulerSettings;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void a_registered_connection_is_verified_on_its_own_and_moves_to_processing_with_its_72_hour_eta() {
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, newTenant()).allPass(aws);

        CustomerAccount account = accounts.register(RegisteredAccounts.awsId(1), "Acme", ConnectionMethod.MSP_SINGLE);
        VerificationRun run = awaitLatestRun(accounts, account.id());

        assertThat(run.status()).isEqualTo(RunStatus.PASSED);
        assertThat(run.startedAt()).isNotNull();
        assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
        assertThat(run.checks()).extracting(c -> c.code()).contains(CheckCode.ROLE_ASSUMED, CheckCode.CUR_CONFORMS);
        CustomerAccount processing = as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.get(account.id()));
        assertThat(processing.state()).isEqualTo(AccountState.PROCESSING);
        assertThat(processing.dashboardsExpectedBy()).hasValueSatisfying(eta ->
                assertThat(eta).isCloseTo(processing.processingStartedAt().plusHours(72), within(1, java.time.temporal.ChronoUnit.SECONDS)));
        assertThat(as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.history(account.id()))).extracting(HistoryEntry::detail)
            .anyMatch(d -> d.contains("initial data processing takes up to 72 hours"));
    }

    @Test
    void a_failing_connection_moves_to_verification_failed_with_its_codes_in_the_grid_row() {
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, newTenant()).allPass(aws);
        aws.assumeRoleDenied(":role/" + accounts.roleName());

        CustomerAccount account = accounts.register(RegisteredAccounts.awsId(2), "Denied Corp", ConnectionMethod.MSP_SINGLE);
        VerificationRun run = awaitLatestRun(accounts, account.id());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failedChecks()).extracting(c -> c.code()).containsExactly(CheckCode.ASSUME_ROLE_DENIED);
        List<AccountSummary> grid = as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.matching(AccountQuery.all()).page(0, 10));
        assertThat(grid).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(AccountState.VERIFICATION_FAILED);
            assertThat(row.stateDetail()).isEqualTo("ASSUME_ROLE_DENIED");
        });
    }

    @Test
    void a_passing_msp_multiple_connection_waits_for_support() {
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, newTenant()).allPass(aws);

        CustomerAccount account = accounts.register(RegisteredAccounts.awsId(3), "Many", ConnectionMethod.MSP_MULTIPLE);
        awaitLatestRun(accounts, account.id());

        assertThat(as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.get(account.id())).state()).isEqualTo(AccountState.AWAITING_SUPPORT);
    }

    @Test
    void verifying_a_selection_queues_one_batch_whose_progress_and_failures_can_be_read() {
        Tenant tenant = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant);
        aws.assumeRoleDenied(":role/" + accounts.roleName());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(accounts.register(RegisteredAccounts.awsId(10 + i), "Customer " + i, ConnectionMethod.MSP_SINGLE).id());
        }
        ids.forEach(id -> awaitLatestRun(accounts, id));
        // the customer fixes the trust policy of the first six roles: those pass now
        accounts.allPass(aws);
        aws.allowAssumeRole(":role/" + accounts.roleName());
        for (int i = 6; i < 10; i++) {
            aws.assumeRoleDenied(RegisteredAccounts.awsId(10 + i) + ":role/" + accounts.roleName());
        }
        CustomerAccount draft = as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.create(Partition.AWS,
                new AccountDetails(RegisteredAccounts.awsId(99), "Not registered", ConnectionMethod.MSP_SINGLE, "")));
        List<UUID> selection = new ArrayList<>(ids);
        selection.add(draft.id());

        VerificationQueued queued = as(accounts.tenant(), Role.OPERATOR, () -> verificationService.verify(selection));

        assertThat(queued.queued()).isEqualTo(10);
        assertThat(queued.notEligible()).isEqualTo(1);
        BatchProgress done = awaitBatch(accounts, queued.batchId());
        assertThat(done.total()).isEqualTo(10);
        assertThat(done.done()).isEqualTo(10);
        assertThat(done.failed()).isEqualTo(4);
        List<VerificationRun> failures = as(accounts.tenant(), Role.ORG_ADMIN, () -> verificationService.failures(queued.batchId()).page(0, 50));
        assertThat(failures).extracting(VerificationRun::accountName)
            .containsExactly("Customer 6", "Customer 7", "Customer 8", "Customer 9");
        assertThat(failures.get(0).failedChecks()).extracting(c -> c.code()).containsExactly(CheckCode.ASSUME_ROLE_DENIED);
        assertThat(as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.matching(AccountQuery.all().withState(AccountState.PROCESSING)).count()))
            .isEqualTo(6);
    }

    @Test
    void another_tenant_cannot_read_a_batch() {
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, newTenant()).allPass(aws);
        CustomerAccount account = accounts.register(RegisteredAccounts.awsId(4), "Mine", ConnectionMethod.MSP_SINGLE);
        UUID batch = awaitLatestRun(accounts, account.id()).batchId();
        RegisteredAccounts other = new RegisteredAccounts(accountService, newTenant());

        assertThat(as(other.tenant(), Role.ORG_ADMIN, () -> verificationService.progress(batch))).isEmpty();
        assertThat(as(other.tenant(), Role.ORG_ADMIN, () -> verificationService.failures(batch).page(0, 10))).isEmpty();
        assertThat(as(other.tenant(), Role.ORG_ADMIN, () -> verificationService.latestRun(account.id()))).isEmpty();
    }

    @Test
    void verify_refuses_at_once_without_a_platform_identity_and_says_how_to_configure_one() {
        AwsClients noIdentity = new AwsClients(new AwsSettings(aws.url(), "us-east-1", 1), () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        });
        try {
            VerificationService service = new VerificationService(null, null, null, null, noIdentity, null, null);
            Tenant tenant = newTenant();

            assertThatThrownBy(() -> as(tenant, Role.OPERATOR, () -> service.verify(List.of(UUID.randomUUID()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no AWS identity")
                .hasMessageContaining("AWS_ACCESS_KEY_ID");
        }
        finally {
            noIdentity.destroy();
        }
    }

    @Test
    void viewers_may_not_verify() {
        Tenant tenant = newTenant();

        assertThatThrownBy(() -> as(tenant, Role.VIEWER, () -> verificationService.verify(List.of(UUID.randomUUID()))))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_first_report_manifest_moves_a_processing_account_to_ready_and_publishes_account_ready() {
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, newTenant()).allPass(aws);
        CustomerAccount account = accounts.register(RegisteredAccounts.awsId(5), "Almost Ready", ConnectionMethod.MSP_SINGLE);
        awaitLatestRun(accounts, account.id());

        assertThat(as(accounts.tenant(), Role.ORG_ADMIN, deliveryWatcher::checkTenant)).isZero();
        assertThat(events.stream(AccountReady.class)).isEmpty();

        aws.objects(accounts.bucket(), "cur/" + accounts.reportName() + "/20250101-20250201/" + accounts.reportName()
                + "-Manifest.json");
        assertThat(as(accounts.tenant(), Role.ORG_ADMIN, deliveryWatcher::checkTenant)).isEqualTo(1);

        assertThat(as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.get(account.id())).state()).isEqualTo(AccountState.READY);
        assertThat(events.stream(AccountReady.class)).singleElement().satisfies(e -> {
            assertThat(e.accountId()).isEqualTo(account.id());
            assertThat(e.contactEmails()).isNotEmpty();
        });
    }

    @Test
    void a_restart_in_the_middle_of_a_batch_finishes_every_account_exactly_once_across_two_nodes() throws Exception {
        Tenant tenant = newTenant();
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, tenant);
        aws.assumeRoleDenied(":role/" + accounts.roleName());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(accounts.register(RegisteredAccounts.awsId(200 + i), String.format("Node test %02d", i),
                    ConnectionMethod.MSP_SINGLE).id());
        }
        ids.forEach(id -> awaitLatestRun(accounts, id));
        // now the roles can be assumed, slowly enough that the batch is still running when a node goes away
        accounts.allPass(aws);
        aws.allowAssumeRole(":role/" + accounts.roleName()).assumeRoleSucceeds(":role/" + accounts.roleName(), 300);
        AtomicInteger secondNode = new AtomicInteger();
        Scheduler nodeB = secondNode(secondNode);
        nodeB.start();
        // the portal's own node waits at first, so the second node surely takes part; both share the rest
        portalScheduler.pause();
        try {
            List<String> crashed = new ArrayList<>();
            // one transaction, so no node can pick the batch's executions before the crash has left its traces
            VerificationQueued queued = as(accounts.tenant(), Role.OPERATOR, () -> tx.execute(s -> {
                VerificationQueued q = verificationService.verify(ids);
                // a node killed mid-batch leaves executions picked with a stale heartbeat and runs RUNNING
                crashed.addAll(leaveCrashedExecutions(q.batchId(), 4));
                return q;
            }));
            // the second node restarts half-way: once it holds work, stop (it finishes what it holds), start anew
            await("the second node takes part in the batch").atMost(Duration.ofSeconds(30)).untilAtomic(secondNode, greaterThan(0));
            nodeB.stop();
            nodeB = secondNode(secondNode);
            nodeB.start();
            portalScheduler.resume();

            BatchProgress done = awaitBatch(accounts, queued.batchId());

            assertThat(done.done()).isEqualTo(24);
            assertThat(done.failed()).isZero();
            List<VerificationRun> runs = as(accounts.tenant(), Role.ORG_ADMIN, () -> verificationService.runs(queued.batchId()));
            assertThat(runs).hasSize(24).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(RunStatus.PASSED);
                // stored once: no check twice
                assertThat(r.checks()).extracting(c -> c.code()).doesNotHaveDuplicates();
            });
            for (String awsId : ids.stream().map(id -> as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.get(id)).accountId().value()).toList()) {
                int assumed = aws.server().findAll(postRequestedFor(urlPathEqualTo("/"))
                    .withRequestBody(containing("RoleSessionName=payerlink-" + awsId))
                    .withRequestBody(containing(accounts.roleName()))).size();
                // once when registered (denied), once in this batch: never twice at the same time or again
                assertThat(assumed).as("AssumeRole calls for %s", awsId).isEqualTo(2);
            }
            assertThat(crashed).hasSize(4);
            assertThat(runs).filteredOn(r -> crashed.contains(r.accountId().toString())).hasSize(4);
            assertThat(new JdbcTemplate(dataSource).queryForList(
                    "select count(*) from scheduled_tasks where task_name = 'verify-account' and split_part(task_instance, '/', 1) = any(?::text[])",
                    Integer.class, (Object) ids.stream().map(UUID::toString).toArray(String[]::new)).get(0)).isZero();
            assertThat(as(accounts.tenant(), Role.ORG_ADMIN, () -> accountService.matching(AccountQuery.all().withState(AccountState.PROCESSING)).count()))
                .isEqualTo(24);
        }
        finally {
            portalScheduler.resume();
            nodeB.stop();
        }
    }

    /** Another portal node on the same database, with the same task. */
    private Scheduler secondNode(AtomicInteger executions) {
        OneTimeTask<VerificationJob> sameTask = Tasks.oneTime(VerificationTasks.VERIFY_ACCOUNT, VerificationJob.class)
            .execute((instance, context) -> {
                executions.incrementAndGet();
                runner.run(instance.getData());
            });
        // a node reads the task data in the portal's format (JSON)
        return Scheduler.create(dataSource, sameTask).serializer(schedulerSettings.serializer().orElseThrow())
            .threads(4).pollingInterval(Duration.ofMillis(200))
            .heartbeatInterval(Duration.ofSeconds(1)).shutdownMaxWait(Duration.ofSeconds(30)).build();
    }

    /**
     * What a node killed with {@code kill -9} leaves behind: up to {@code n} of the batch's queued executions
     * picked by it, heartbeat long stale, and their runs marked RUNNING.
     */
    private List<String> leaveCrashedExecutions(UUID batchId, int n) {
        List<String> picked = new JdbcTemplate(dataSource).queryForList("""
                update scheduled_tasks set picked = true, picked_by = 'node-killed-mid-batch',
                    last_heartbeat = now() - interval '1 hour', version = version + 1
                where task_name = 'verify-account' and task_instance in (
                    select task_instance from scheduled_tasks
                    where task_name = 'verify-account' and picked = false order by task_instance limit ?)
                returning task_instance""", String.class, n);
        // a task instance is "account/run"
        List<String> accountIds = picked.stream().map(i -> i.substring(0, i.indexOf('/'))).toList();
        for (String accountId : accountIds) {
            new JdbcTemplate(dataSource).update("update verification_run set status = 'RUNNING', started_at = now(),"
                    + " attempts = attempts + 1 where batch_id = ? and customer_account_id = ?", batchId,
                    UUID.fromString(accountId));
        }
        return accountIds;
    }

    private VerificationRun awaitLatestRun(RegisteredAccounts accounts, UUID accountId) {
        return accounts.awaitLatestRun(verificationService, accountId);
    }

    private BatchProgress awaitBatch(RegisteredAccounts accounts, UUID batchId) {
        return accounts.awaitBatch(verificationService, batchId);
    }

}
