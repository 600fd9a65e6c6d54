package com.payerlink.security;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.domain.RunStatus;
import com.payerlink.verification.domain.VerificationRun;
import com.payerlink.verification.domain.VerificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Threat: a bad day. A verification whose every attempt fails in the portal itself (here: the database refuses
 * to store its checks) must end with the account in Verification failed, with a code the operator can act on —
 * never stuck in Verifying, where nothing (not even "Verify") moves it any more.
 */
class VerificationGiveUpTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    VerificationService verification;

    @Test
    void a_verification_that_exhausts_its_retries_leaves_the_account_verification_failed_with_a_code() throws Exception {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.complete(accounts, t,
                TestAccounts.create(accounts, t, "567890123456", "Never verifiable", ConnectionMethod.MSP_SINGLE, ""));
        String guard = "refuse_checks_" + account.id().toString().replace("-", "");
        owner("create function " + guard + "() returns trigger language plpgsql security definer as $$ begin"
                + " if exists (select 1 from verification_run where id = new.run_id and customer_account_id = '"
                + account.id() + "') then raise exception 'disk full (simulated)'; end if; return new; end $$;"
                + " create trigger " + guard + " before insert on verification_check for each row execute function "
                + guard + "()");
        try {
            signedInAs(adminEmail(t), () -> accounts.register(account.id(), account.version()));

            await("the first attempt fails").atMost(Duration.ofSeconds(60)).until(() -> failuresOf(account.id()) >= 1);
            // the five retries with backoff would take minutes: let the next attempt be the last one
            owner("update scheduled_tasks set consecutive_failures = 6, execution_time = now()"
                    + " where task_name = 'verify-account' and split_part(task_instance, '/', 1) = '" + account.id() + "' and not picked");

            await("the account leaves Verifying").atMost(Duration.ofSeconds(60))
                .until(() -> TestAccounts.get(accounts, t, account.id()).state() != AccountState.VERIFYING);
            CustomerAccount failed = TestAccounts.get(accounts, t, account.id());
            assertThat(failed.state()).isEqualTo(AccountState.VERIFICATION_FAILED);
            assertThat(failed.stateDetail()).contains("VERIFICATION_ERROR");
            VerificationRun run = as(t, Role.VIEWER, () -> verification.latestRun(account.id())).orElseThrow();
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(failuresOf(account.id())).as("no execution left behind").isEqualTo(-1);
        }
        finally {
            owner("drop trigger " + guard + " on verification_check; drop function " + guard + "()");
        }
    }

    /** The consecutive failures of the account's verify-account task; -1 when it has none. */
    private static int failuresOf(UUID accountId) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement("select consecutive_failures from scheduled_tasks"
                        + " where task_name = 'verify-account' and split_part(task_instance, '/', 1) = ?")) {
            s.setString(1, accountId.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : -1;
            }
        }
    }

    private static void owner(String sql) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

}
