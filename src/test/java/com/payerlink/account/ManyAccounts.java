package com.payerlink.account;

import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountListRow;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Thousands of accounts for a test in seconds: created by the CSV import's set-based insert, then put into the state a
 * test needs with one SQL statement (as if their wizards had been walked).
 */
public final class ManyAccounts {

    private ManyAccounts() {
    }

    /**
     * Creates {@code count} DRAFT accounts named "{@code prefix} 00001"… with AWS account IDs from {@code firstId} on.
     */
    public static void create(AccountListService lists, Tenant tenant, String prefix, long firstId, int count) {
        List<AccountListRow> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            rows.add(new AccountListRow(Partition.AWS, AccountId.parse(String.format("%012d", firstId + i)),
                    String.format("%s %05d", prefix, i), ConnectionMethod.MSP_SINGLE, List.of("ops@example.test"),
                    Set.of(Product.COST_ANALYTICS), null, null, null, null));
        }
        IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> lists.importAccounts(rows, List.of(), "test"));
    }

    /**
     * Every step done, the role ARN of the account with role name {@code roleName}: ready for an org admin to register.
     * Applies to the tenant's accounts whose name starts with {@code prefix}.
     */
    public static int makeReady(Tenant tenant, String prefix, String roleName) {
        return sql("""
                update customer_account set state = 'IN_PROGRESS', wizard_step = 6, billing_access_confirmed = true,
                    cur_settings_confirmed = true, cur_bucket = 'cur-' || lower(?), cur_report_name = 'report-' || lower(?),
                    cur_prefix = 'cur', cur_bucket_region = 'us-east-1',
                    role_arns = array['arn:aws:iam::' || account_id || ':role/' || ?]
                where tenant_id = ? and name like ?""", tenant.code(), tenant.code(), roleName, tenant.id(), prefix + "%");
    }

    /** The number a query for one number answers, as the database owner (past row-level security). */
    public static long count(String query, Object... parameters) {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement as the database owner (past row-level security), e.g. to put accounts into a state. */
    public static int sql(String statement, Object... parameters) {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
