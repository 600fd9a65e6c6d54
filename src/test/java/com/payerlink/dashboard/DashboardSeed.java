package com.payerlink.dashboard;

import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountState;
import com.payerlink.tenant.domain.Tenant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows for the dashboard's tests, written as the schema's owner (as the features that own them would have left
 * them), and the database's own counts to compare the dashboard with.
 */
public final class DashboardSeed {

    private static final AtomicLong NEXT_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private DashboardSeed() {
    }

    /** A customer account of the tenant in the state, with its failed checks' codes as the state detail. */
    public static UUID account(Tenant t, AccountState state, String stateDetail) {
        UUID id = UUID.randomUUID();
        String awsId = String.format("01%010d", NEXT_ID.incrementAndGet() % 10_000_000_000L);
        update("insert into customer_account (id, tenant_id, partition, account_id, name, connection_method, "
                + "external_id, state, state_detail) values (?, ?, 'aws', ?, ?, 'MSP_SINGLE', ?, ?, ?)",
                id, t.id(), awsId, "Customer " + awsId, "ext-" + id, state.name(), stateDetail);
        return id;
    }

    /** Many accounts of the tenant in the state, in one statement. */
    public static void accounts(Tenant t, AccountState state, int count, String stateDetail) {
        long first = NEXT_ID.getAndAdd(count);
        update("insert into customer_account (id, tenant_id, partition, account_id, name, connection_method, external_id, "
                + "state, state_detail) select gen_random_uuid(), ?, 'aws', lpad((? + n)::text, 12, '0'), 'Customer ' || n, "
                + "'MSP_SINGLE', 'ext-' || gen_random_uuid(), ?, ? from generate_series(1, ?) n",
                t.id(), 10_000_000_000L + first % 80_000_000_000L, state.name(), stateDetail, count);
    }

    public static UUID account(Tenant t, AccountState state) {
        return account(t, state, "");
    }

    /** Every wizard step done (billing, report settings, role ARN): what an org admin may register. */
    public static void stepsDone(UUID account) {
        update("update customer_account set billing_access_confirmed = true, cur_settings_confirmed = true, wizard_step = 6,"
                + " role_arns = array['arn:aws:iam::' || account_id || ':role/PayerlinkRole'] where id = ?", account);
    }

    public static void processingSince(UUID account, Duration ago) {
        update("update customer_account set processing_started_at = ? where id = ?", OffsetDateTime.now().minus(ago), account);
    }

    /** The account's invitation, sent that long ago; completed and revoked as given. */
    public static void invitation(Tenant t, UUID account, Duration ago, boolean completed, boolean revoked) {
        OffsetDateTime sent = OffsetDateTime.now().minus(ago);
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        update("insert into invitation (id, tenant_id, customer_account_id, token_hash, sent_to, created_by, created_at, "
                + "expires_at, completed_at, revoked_at) values (?, ?, ?, ?, array['c@example.test'], 'seed', ?, ?, ?, ?)",
                UUID.randomUUID(), t.id(), account, hash, sent, sent.plusDays(14), completed ? sent.plusHours(1) : null,
                revoked ? sent.plusHours(1) : null);
    }

    /** A ticket of the tenant in the status that lists the account. */
    public static void ticket(Tenant t, UUID account, String status) {
        UUID id = UUID.randomUUID();
        int number = (int) (NEXT_ID.incrementAndGet() % 1_000_000);
        update("insert into ticket (id, tenant_id, number, reference, tenant_name, subject, status, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, 'Connection', ?, 'seed', 'seed')",
                id, t.id(), number, t.code() + "-" + number, t.name(), status);
        update("insert into ticket_account (ticket_id, tenant_id, customer_account_id, account_name, aws_account_id, "
                + "partition) select ?, tenant_id, id, name, account_id, 'aws' from customer_account where id = ?", id, account);
    }

    /** A history line of the account's, written that long ago. */
    public static void history(Tenant t, UUID account, String action, String detail, Duration ago) {
        update("insert into account_history (tenant_id, customer_account_id, actor, action, detail, created_at) "
                + "values (?, ?, 'seed', ?, ?, ?)", t.id(), account, action, detail, OffsetDateTime.now().minus(ago));
    }

    /** A mail of the tenant's, in the status, due that long ago (negative: in the future). */
    public static void mail(Tenant t, String status, Duration dueAgo) {
        update("insert into email_outbox (tenant_id, kind, recipient, subject, text_body, html_body, status, "
                + "next_attempt_at) values (?, 'TEST', 'x@example.test', 'Test', 'Test', 'Test', ?, ?)",
                t.id(), status, OffsetDateTime.now().minus(dueAgo));
    }

    /** A mail of the platform's own (no tenant: a platform user's password link). */
    public static void platformMail(String status, Duration dueAgo) {
        update("insert into email_outbox (tenant_id, kind, recipient, subject, text_body, html_body, status, "
                + "next_attempt_at) values (null, 'SET_PASSWORD', 'staff@payerlink.test', 'Test', 'Test', 'Test', ?, ?)",
                status, OffsetDateTime.now().minus(dueAgo));
    }

    /** A db-scheduler job that failed that many times in a row; far in the future, so no node picks it. */
    public static void failingJob(String task, String instance, int failures) {
        update("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, last_failure, "
                + "consecutive_failures, version) values (?, ?, now() + interval '30 days', false, now(), ?, 1)",
                task, instance, failures);
    }

    public static void removeJobs(String task) {
        update("delete from scheduled_tasks where task_name = ?", task);
    }

    /** The database's own count of the tenant's accounts per state. */
    public static Map<AccountState, Long> accountsPerState(UUID tenant) {
        Map<AccountState, Long> counts = new EnumMap<>(AccountState.class);
        try (Connection c = owner(); PreparedStatement s = c.prepareStatement(
                "select state, count(*) from customer_account where tenant_id = ? group by state")) {
            s.setObject(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(AccountState.valueOf(r.getString(1)), r.getLong(2));
                }
            }
            return counts;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(String sql, Object... params) {
        try (Connection c = owner(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection owner() throws SQLException {
        TestDatabase db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

}
