package com.payerlink.core.database;

import com.payerlink.core.PortalSettings;
import com.payerlink.core.ProductionSettings;
import com.payerlink.core.tenancy.TenantBindingDataSource;
import com.zaxxer.hikari.HikariDataSource;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import org.flywaydb.core.api.callback.Callback;
import org.jooq.conf.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Three ways to the database: Flyway migrates as the owner; the portal's pool logs in as its own role
 * ({@code payerlink_app}, to which row-level security applies); the sign-in pool switches to
 * {@code payerlink_signin}, the only role that may call the sign-in functions.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Without spring.datasource.url, the portal brings its own PostgreSQL, with a persistent data directory. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    EmbeddedDatabase embeddedDatabase(PortalSettings settings) throws IOException {
        return EmbeddedDatabase.start(settings.dataDir());
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(Environment env, ObjectProvider<EmbeddedDatabase> embedded) {
        String url = env.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            return new DatabaseEndpoint(url, env.getProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"));
        }
        DatabaseEndpoint endpoint = embedded.getObject().owner();
        log.info("Embedded PostgreSQL listening at {}", endpoint.url());
        return endpoint;
    }

    /**
     * The login of the portal's pools: never the owner nor a superuser, so that no {@code RESET ROLE} leaves
     * row-level security. The embedded database makes it itself; another PostgreSQL names it in
     * payerlink.database.portal-username/-password (see the README).
     */
    @Bean
    PortalLogin portalLogin(Environment env, DatabaseEndpoint owner, ObjectProvider<EmbeddedDatabase> embedded) {
        EmbeddedDatabase own = embedded.getIfAvailable();
        if (own != null) {
            return new PortalLogin(PortalLogin.APP_ROLE, own.portalPassword(), true);
        }
        String password = env.getProperty("payerlink.database.portal-password");
        if (StringUtils.hasText(password)) {
            return new PortalLogin(env.getProperty("payerlink.database.portal-username", PortalLogin.APP_ROLE), password,
                    false);
        }
        if (ProductionSettings.isProduction(env)) {
            throw new IllegalStateException("payerlink.production is on, but the portal would log in to PostgreSQL as "
                    + "the schema's owner: set payerlink.database.portal-username and payerlink.database.portal-password "
                    + "(PAYERLINK_DATABASE_PORTAL_USERNAME / _PASSWORD) to a login role that is a member of payerlink_app");
        }
        log.warn("No payerlink.database.portal-password: the portal logs in as the schema's owner {} and only switches to "
                + "payerlink_app, so injected SQL could RESET ROLE. Give it a login of its own (README, Security model).",
                owner.username());
        return new PortalLogin(owner.username(), owner.password(), false);
    }

    /** The embedded database's payerlink_app gets its login once the migrations have created the role. */
    @Bean
    Callback portalLoginProvisioning(PortalLogin login) {
        return new PortalLoginProvisioning(login);
    }

    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(DatabaseEndpoint db) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), db.username(), db.password());
    }

    @Bean
    @Primary
    TenantBindingDataSource dataSource(DatabaseEndpoint db, PortalLogin login, Environment env) {
        // no-arg constructor: the pool starts on first use, after Flyway has created payerlink_app
        HikariDataSource pool = new HikariDataSource();
        Binder.get(env).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setJdbcUrl(withoutUser(db.url()));
        pool.setUsername(login.username());
        pool.setPassword(login.password());
        pool.setPoolName("payerlink");
        // a no-op when the login is payerlink_app itself; a member login (or the owner fallback) switches to it
        pool.setConnectionInitSql("set role payerlink_app");
        return new TenantBindingDataSource(pool);
    }

    /** A few connections, as payerlink_signin, for the sign-in lookups only (tenant sessions cannot call them). */
    @Bean(destroyMethod = "close")
    SignInDatabase signInDatabase(DatabaseEndpoint db, PortalLogin login) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(withoutUser(db.url()));
        pool.setUsername(login.username());
        pool.setPassword(login.password());
        pool.setPoolName("payerlink-sign-in");
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(0);
        pool.setConnectionInitSql("set role payerlink_signin");
        return new SignInDatabase(pool);
    }

    /** Durable jobs' data is JSON: Java deserialization of a row that SQL could write is a remote-code door. */
    @Bean
    DbSchedulerCustomizer taskDataAsJson() {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<Serializer> serializer() {
                return Optional.of(new JacksonSerializer());
            }
        };
    }

    /** A user in the URL would win over the pool's login (the embedded database's URL names its owner). */
    static String withoutUser(String url) {
        return url.replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }

    @Bean
    DefaultConfigurationCustomizer jooqSettings() {
        // optimistic locking is explicit (VersionedRows), not jOOQ's, so set-based updates are checked alike
        return configuration -> configuration.set(new Settings()
            .withRenderSchema(false));
    }

}
