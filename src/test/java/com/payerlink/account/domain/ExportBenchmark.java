package com.payerlink.account.domain;

import com.payerlink.Application;
import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;

/**
 * The CSV export benchmark (README, "CSV import and export"): one tenant with N accounts (default 1,000,000), written
 * by the grid's "Export" (all accounts, sorted by name) through {@link AccountListService} as an operator, into a
 * stream that counts the bytes; prints the time, rows per second and the heap's peak. Run with
 * {@code mvn -Pexport-benchmark test-compile exec:exec} (the JVM's heap is {@code -Xmx256m}).
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TestDatabase db = TestDatabase.get();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
            // arguments, so they win over application.properties (its PORT default is 8080)
            .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                    "--spring.datasource.password=" + db.password(), "--server.port=0", "--logging.level.root=warn",
                    "--spring.main.banner-mode=off")) {
            run(ctx, db, rows);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext ctx, TestDatabase db, int rows) throws Exception {
        String code = "EX" + (char) ('A' + (int) (System.nanoTime() % 26));
        Tenant tenant = CurrentScope.callAs(DatabaseScope.platform(), () -> ctx.getBean(TenantService.class)
            .create(new NewTenant("Export bench " + System.nanoTime(), code, new NewUser("Bench Admin",
                    "export-" + System.nanoTime() + "@bench.test", Role.ORG_ADMIN, "benchmark password"))));
        long s0 = System.nanoTime();
        seed(db, tenant, rows);
        double seedS = (System.nanoTime() - s0) / 1e9;
        AccountListService lists = ctx.getBean(AccountListService.class);
        export(tenant, lists); // warm-up: the same export once
        long t0 = System.nanoTime();
        long bytes = export(tenant, lists);
        double s = (System.nanoTime() - t0) / 1e9;
        double copyS = copyOut(db, tenant);
        System.out.printf(Locale.ROOT, "%nExport benchmark: %,d accounts in one tenant (seeded in %.1f s), max heap %d MB%n",
                rows, seedS, Runtime.getRuntime().maxMemory() / 1048576);
        System.out.printf(Locale.ROOT, "  export (all accounts, sorted by name): %6.2f s  %,9.0f rows/s  %.1f MB of CSV"
                + "  (target >= 100,000 rows/s: %s)%n", s, rows / s, bytes / 1048576.0,
                rows / s >= 100_000 ? "PASS" : "MISSED");
        System.out.printf(Locale.ROOT, "  PostgreSQL COPY of the same rows and order to a null stream: %6.2f s  %,9.0f rows/s;"
                + " export / COPY: %.1f×%n", copyS, rows / copyS, s / copyS);
        System.out.printf(Locale.ROOT, "  heap pools' peak use: %d MB; load average %.1f on %d cores%n",
                peakHeapMegabytes(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static long export(Tenant tenant, AccountListService lists) {
        CountingStream counted = new CountingStream();
        IntegrationTest.as(tenant, Role.OPERATOR, () -> {
            try (var out = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 64 * 1024)) {
                lists.writeAccountList(AccountQuery.all(), out);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        return counted.bytes;
    }

    // The floor: the database writing the same columns in the same order as CSV, as the owner, read and dropped.
    private static double copyOut(TestDatabase db, Tenant tenant) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            long t0 = System.nanoTime();
            c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyOut("copy (select account_id, name, partition,"
                    + " connection_method, contact_emails, products, cur_bucket, cur_report_name, cur_prefix,"
                    + " cur_bucket_region from customer_account where tenant_id = '" + tenant.id() + "' order by name, id)"
                    + " to stdout with (format csv)", OutputStream.nullOutputStream());
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    // Accounts with every list column filled, written as the owner (set-up, not measured).
    private static void seed(TestDatabase db, Tenant tenant, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into customer_account (id, tenant_id, partition, account_id, name, connection_method,
                        contact_emails, products, cur_bucket, cur_report_name, cur_prefix, cur_bucket_region,
                        external_id)
                    select gen_random_uuid(), ?, 'aws', lpad((400000000000 + i)::text, 12, '0'), 'Customer ' || i
                        || ', Ltd', 'MSP_SINGLE', array['ops@customer' || i || '.example']::varchar[],
                        '{COST_ANALYTICS,COMMITMENT_INSIGHTS}', 'cur-bucket-' || i, 'hourly-cur', 'cur', 'us-east-1',
                        md5(random()::text) || i
                    from generate_series(1, ?) i""")) {
                s.setObject(1, tenant.id());
                s.setInt(2, rows);
                s.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze customer_account");
            }
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576;
    }

    private static final class CountingStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

    }

}
