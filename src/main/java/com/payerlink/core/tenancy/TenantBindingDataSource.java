package com.payerlink.core.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Hands out pooled connections bound to the {@link CurrentScope}: every checkout overwrites the
 * session's tenant, role and user, so a connection never carries a previous caller's scope, and a
 * caller without a scope binds empty values, which the policies read as "no rows".
 */
public class TenantBindingDataSource extends DelegatingDataSource implements DisposableBean {

    private static final String BIND = "select set_config('payerlink.tenant_id', ?, false), "
            + "set_config('payerlink.role', ?, false), set_config('payerlink.user_id', ?, false)";

    private final HikariDataSource pool;

    public TenantBindingDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(super.getConnection(username, password));
    }

    private static Connection bind(Connection connection) throws SQLException {
        DatabaseScope scope = CurrentScope.get();
        try (PreparedStatement statement = connection.prepareStatement(BIND)) {
            statement.setString(1, scope.tenantId() == null ? "" : scope.tenantId().toString());
            statement.setString(2, scope.role() == null ? "" : scope.role().name());
            statement.setString(3, scope.userId() == null ? "" : scope.userId().toString());
            statement.execute();
            return connection;
        }
        catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void destroy() {
        pool.close();
    }

}
