package com.payerlink.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Part of readiness ({@code migrations}): out of service while the database has migrations of this version pending or
 * failed, e.g. while another node is still migrating it, so the load balancer sends no requests to a node whose
 * schema is not there yet. A node's own migration runs before its ports open, so it is never ready during it.
 */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Flyway flyway;

    MigrationsHealthIndicator(Flyway flyway) {
        super("The database migrations could not be read");
        this.flyway = flyway;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationInfoService info = flyway.info();
        long pending = info.pending().length;
        long failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
        MigrationInfo current = info.current();
        builder.withDetail("version", current == null ? "none" : current.getVersion().getVersion())
            .withDetail("pending", pending).withDetail("failed", failed);
        if (pending > 0 || failed > 0) {
            builder.outOfService();
        }
        else {
            builder.up();
        }
    }

}
