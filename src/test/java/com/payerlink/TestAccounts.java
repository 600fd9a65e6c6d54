package com.payerlink;

import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.awaitility.Awaitility;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Customer accounts for tests of the features built on them, made through the account service. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static CustomerAccount create(AccountService accounts, Tenant t, String awsId, String name,
            ConnectionMethod method, String contacts) {
        return IntegrationTest.as(t, Role.OPERATOR, () -> accounts.create(Partition.AWS, new AccountDetails(awsId, name, method, contacts)));
    }

    /** Steps 1 to 6 saved, ready for an org admin to register. */
    public static CustomerAccount complete(AccountService accounts, Tenant t, CustomerAccount a) {
        return IntegrationTest.as(t, Role.OPERATOR, () -> {
            CustomerAccount c = accounts.savePartition(a.id(), a.version(), Partition.AWS);
            c = accounts.confirmBillingAccess(c.id(), c.version(), true);
            c = accounts.saveCurSettings(c.id(), c.version(), CurSettings.typed(Set.of(Product.COST_ANALYTICS), true,
                    null, null, "", "us-east-1", false));
            c = accounts.confirmStackCreated(c.id(), c.version());
            return accounts.saveRoleArns(c.id(), c.version(),
                    "arn:aws:iam::" + c.accountId().value() + ":role/PayerlinkRole");
        });
    }

    public static CustomerAccount register(AccountService accounts, Tenant t, CustomerAccount a) {
        CustomerAccount done = complete(accounts, t, a);
        return IntegrationTest.as(t, Role.ORG_ADMIN, () -> accounts.register(done.id(), done.version()));
    }

    /**
     * Registered, once the verification its registration queued is over: that job moves the account meanwhile, so a
     * test that then sets a state or changes the account would race it.
     */
    public static CustomerAccount registerAndSettle(AccountService accounts, Tenant t, CustomerAccount a) {
        return settled(accounts, t, register(accounts, t, a).id());
    }

    /** The account once no verification is queued for it or running. */
    public static CustomerAccount settled(AccountService accounts, Tenant t, UUID id) {
        Awaitility.await("the verification of account " + id).atMost(Duration.ofSeconds(60)).until(() -> !EnumSet
            .of(AccountState.AWAITING_VERIFICATION, AccountState.VERIFYING).contains(get(accounts, t, id).state()));
        return get(accounts, t, id);
    }

    public static CustomerAccount get(AccountService accounts, Tenant t, UUID id) {
        return IntegrationTest.as(t, Role.VIEWER, () -> accounts.get(id));
    }

    /** Puts an account into a state that another feature (verification) would have moved it to. */
    public static void forceState(UUID accountId, AccountState state) {
        update("update customer_account set state = ? where id = ?", accountId, state);
    }

    /** Registered and in this state, without the jobs that a real registration queues (a ticket draft, verification). */
    public static void forceRegistered(UUID accountId, AccountState state) {
        update("update customer_account set state = ?, registered_at = now() where id = ?", accountId, state);
    }

    private static void update(String sql, UUID accountId, AccountState state) {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, state.name());
            s.setObject(2, accountId);
            s.executeUpdate();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
