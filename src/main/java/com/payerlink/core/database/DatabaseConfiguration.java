package com.payerlink.core.database;

import com.payerlink.core.PortalSettings;
import com.payerlink.core.tenancy.TenantBindingDataSource;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two ways to the database: Flyway migrates as the owner; the portal's pool runs every
 * connection as {@code payerlink_app}, to which row-level security applies.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Without spring.datasource.url, the portal brings its own PostgreSQL, with a persistent data directory. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    EmbeddedPostgres embeddedPostgres(PortalSettings settings) throws IOException {
        Path pgData = settings.dataDir().toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(pgData);
        log.info("Starting the embedded PostgreSQL with its data in {}", pgData);
        return EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .start();
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(Environment env, ObjectProvider<EmbeddedPostgres> embedded) {
        String url = env.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            return new DatabaseEndpoint(url, env.getProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"));
        }
        EmbeddedPostgres postgres = embedded.getObject();
        DatabaseEndpoint endpoint = new DatabaseEndpoint(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                "postgres");
        log.info("Embedded PostgreSQL listening at {}", endpoint.url());
        return endpoint;
    }

    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(DatabaseEndpoint db) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), db.username(), db.password());
    }

    @Bean
    @Primary
    TenantBindingDataSource dataSource(DatabaseEndpoint db, Environment env) {
        // no-arg constructor: the pool starts on first use, after Flyway has created payerlink_app
        HikariDataSource pool = new HikariDataSource();
        Binder.get(env).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setJdbcUrl(db.url());
        pool.setUsername(db.username());
        pool.setPassword(db.password());
        pool.setPoolName("payerlink");
        pool.setConnectionInitSql("set role payerlink_app");
        return new TenantBindingDataSource(pool);
    }

    @Bean
    DefaultConfigurationCustomizer jooqSettings() {
        // optimistic locking is explicit (VersionedRows), not jOOQ's, so set-based updates are checked alike
        return configuration -> configuration.set(new Settings()
            .withRenderSchema(false));
    }

}
