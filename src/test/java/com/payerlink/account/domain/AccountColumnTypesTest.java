package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jOOQ forced types of customer_account (pom.xml): generated records hold the account's value types, read from
 * and written as the text the schema checks, on the real PostgreSQL.
 */
class AccountColumnTypesTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountDAO accountDAO;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void record_read_back_from_postgresql_holds_the_typed_values() {
        Tenant tenant = newTenant();
        UUID id = UUID.randomUUID();
        insertAsText(tenant.id(), id);

        CustomerAccountRecord r = CurrentScope.callAs(DatabaseScope.tenantSystem(tenant.id()),
                () -> transactions.execute(s -> accountDAO.find(tenant.id(), id).orElseThrow()));

        assertThat(r.getPartition()).isEqualTo(Partition.AWS_CN);
        assertThat(r.getAccountId()).isEqualTo(new AccountId("004200000001"));
        assertThat(r.getConnectionMethod()).isEqualTo(ConnectionMethod.MSP_MULTIPLE);
        assertThat(r.getState()).isEqualTo(AccountState.AWAITING_SUPPORT);
        assertThat(r.getWizardStep()).isEqualTo(WizardStep.CLOUDFORMATION);
        assertThat(r.getExternalId()).isEqualTo(new ExternalId("plk-typed-" + id));
        assertThat(r.getCurBucket()).isEqualTo(new BucketName("acme-cur-cn"));
        assertThat(r.getCurReportName()).isEqualTo(new CurReportName("acme-hourly"));
        assertThat(r.getCurPrefix()).isEqualTo(new ReportPrefix("billing/cur"));
        assertThat(r.getCurBucketRegion()).isEqualTo(new AwsRegion("cn-north-1"));
        assertThat(r.getRoleArns()).containsExactly(RoleArn.parse("arn:aws-cn:iam::004200000001:role/PayerlinkRole"),
                RoleArn.parse("arn:aws-cn:iam::004200000001:role/ops/PayerlinkReader"));
    }

    @Test
    void typed_values_are_stored_as_the_text_the_schema_checks() {
        Tenant tenant = newTenant();
        CustomerAccount saved = CurrentScope.callAs(DatabaseScope.tenantSystem(tenant.id()), () -> {
            CustomerAccount a = accounts.create(Partition.AWS_CN,
                    new AccountDetails("004200000002", "Typed Ltd", ConnectionMethod.DIRECT_MANAGEMENT, ""));
            a = accounts.saveCurSettings(a.id(), a.version(), CurSettings.typed(Set.of(Product.COST_ANALYTICS), false,
                    "typed-cur", "typed-hourly", "reports/", "cn-northwest-1", true));
            return accounts.saveRoleArns(a.id(), a.version(), "arn:aws-cn:iam::004200000002:role/PayerlinkRole");
        });

        try (Connection c = ownerConnection(); PreparedStatement s = c.prepareStatement("""
                select partition, account_id, connection_method, state, wizard_step, cur_bucket, cur_report_name,
                    cur_prefix, cur_bucket_region, role_arns, external_id from customer_account where id = ?""")) {
            s.setObject(1, saved.id());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("partition")).isEqualTo("aws-cn");
                assertThat(rs.getString("account_id")).isEqualTo("004200000002");
                assertThat(rs.getString("connection_method")).isEqualTo("DIRECT_MANAGEMENT");
                assertThat(rs.getString("state")).isEqualTo("IN_PROGRESS");
                assertThat(rs.getShort("wizard_step")).isEqualTo((short) 6);
                assertThat(rs.getString("cur_bucket")).isEqualTo("typed-cur");
                assertThat(rs.getString("cur_report_name")).isEqualTo("typed-hourly");
                assertThat(rs.getString("cur_prefix")).isEqualTo("reports");
                assertThat(rs.getString("cur_bucket_region")).isEqualTo("cn-northwest-1");
                assertThat(Arrays.asList((String[]) rs.getArray("role_arns").getArray()))
                    .containsExactly("arn:aws-cn:iam::004200000002:role/PayerlinkRole");
                assertThat(rs.getString("external_id")).isEqualTo(saved.externalId().value());
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void grid_filters_on_typed_columns_and_searches_account_ids_by_their_leading_digits() {
        Tenant tenant = newTenant();
        CurrentScope.runAs(DatabaseScope.tenantSystem(tenant.id()), () -> {
            CustomerAccount cn = accounts.create(Partition.AWS_CN,
                    new AccountDetails("004200000003", "China one", ConnectionMethod.MSP_SINGLE, ""));
            accounts.savePartition(cn.id(), cn.version(), Partition.AWS_CN);
            accounts.create(Partition.AWS, new AccountDetails("777700000003", "Commercial one",
                    ConnectionMethod.MSP_LIMITED, ""));

            assertThat(accounts.matching(AccountQuery.all().withSearch("0042")).page(0, 10)).extracting(AccountSummary::name)
                .containsExactly("China one");
            AccountQuery inProgressInChina = AccountQuery.all().withState(AccountState.IN_PROGRESS).withStep(2)
                .withMethod(ConnectionMethod.MSP_SINGLE).withPartition(Partition.AWS_CN);
            assertThat(accounts.matching(inProgressInChina).page(0, 10))
                .singleElement()
                .satisfies(a -> assertThat(a.accountId()).isEqualTo(new AccountId("004200000003")));
            assertThat(accounts.matching(AccountQuery.all().withPartition(Partition.AWS)).page(0, 10))
                .extracting(AccountSummary::method).containsExactly(ConnectionMethod.MSP_LIMITED);
        });
    }

    private static void insertAsText(UUID tenantId, UUID id) {
        try (Connection c = ownerConnection(); PreparedStatement s = c.prepareStatement("""
                insert into customer_account (id, tenant_id, partition, account_id, name, connection_method, external_id,
                    wizard_step, state, cur_bucket, cur_report_name, cur_prefix, cur_bucket_region, role_arns)
                values (?, ?, 'aws-cn', '004200000001', 'Written as text', 'MSP_MULTIPLE', ?, 5, 'AWAITING_SUPPORT',
                    'acme-cur-cn', 'acme-hourly', 'billing/cur', 'cn-north-1', ?)""")) {
            Array arns = c.createArrayOf("varchar", new String[] { "arn:aws-cn:iam::004200000001:role/PayerlinkRole",
                    "arn:aws-cn:iam::004200000001:role/ops/PayerlinkReader" });
            s.setObject(1, id);
            s.setObject(2, tenantId);
            s.setString(3, "plk-typed-" + id);
            s.setArray(4, arns);
            s.executeUpdate();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection ownerConnection() throws SQLException {
        TestDatabase db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

}
