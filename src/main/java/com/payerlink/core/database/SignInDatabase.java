package com.payerlink.core.database;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The sign-in path's own small pool: its connections run as {@code payerlink_signin}, the only role that may call
 * the sign-in functions (they read password hashes and lock users), so that a tenant's session cannot.
 */
public final class SignInDatabase implements AutoCloseable {

    private final HikariDataSource pool;

    private final DSLContext dsl;

    SignInDatabase(HikariDataSource pool) {
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES);
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        pool.close();
    }

}
