package com.payerlink.importing;

import com.payerlink.Application;
import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ExternalId;
import com.payerlink.core.database.DatabaseEndpoint;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.importing.domain.AccountImport;
import com.payerlink.importing.domain.ImportPreview;
import com.payerlink.importing.domain.ImportRowStatus;
import com.payerlink.importing.domain.ImportService;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The import benchmark (README, "CSV import and export"): a generated file of N rows (default 100,000) is
 * previewed and applied into a fresh tenant on a real PostgreSQL, then previewed again (all unchanged), and the
 * same accounts are COPYed into customer_account (a scratch tenant) as the baseline of the target, the file into a
 * bare temporary table beside it. Run with {@code mvn -Pimport-benchmark test-compile
 * exec:exec}; the JVM's heap is {@code -Xmx256m} unless {@code -Dbenchmark.heap} says otherwise.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
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
        TenantService tenants = ctx.getBean(TenantService.class);
        ImportService importService = ctx.getBean(ImportService.class);
        AccountService accountService = ctx.getBean(AccountService.class);
        String code = "B" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "X");
        Tenant tenant = CurrentScope.callAs(DatabaseScope.platform(), () -> tenants.create(new NewTenant(
                "Benchmark " + code + " " + System.nanoTime(), code.substring(0, Math.min(6, code.length())),
                new NewUser("Bench Admin", "bench-" + System.nanoTime() + "@bench.test", Role.ORG_ADMIN,
                        "benchmark password"))));
        byte[] file = generate(rows);
        // the scratch tenant the fair baseline COPYs the same accounts into, beside the benchmark's own
        Tenant scratch = CurrentScope.callAs(DatabaseScope.platform(), () -> tenants.create(new NewTenant(
                "Benchmark COPY " + code + " " + System.nanoTime(), "C" + code.substring(0, Math.min(5, code.length())),
                new NewUser("Bench Admin", "bench-copy-" + System.nanoTime() + "@bench.test", Role.ORG_ADMIN,
                        "benchmark password"))));
        // a portal that has run a while: its preview code compiled by the JIT (the first 100,000 rows would pay it)
        Supplier<Void> warmUp = () -> {
            importService.preview("warm-up.csv", generate(20_000), false);
            return null;
        };
        for (int round = 0; round < 3; round++) {
            IntegrationTest.as(tenant, Role.OPERATOR, warmUp);
        }

        // before apply, so that apply (not the baseline) meets a table that holds 100,000 accounts already
        double accountCopySeconds = copyIntoAccounts(db, scratch, rows);

        long postmaster = postmaster(db);
        CpuSeconds c0 = CpuSeconds.now(postmaster);
        long t0 = System.nanoTime();
        ImportPreview preview = IntegrationTest.as(tenant, Role.OPERATOR, () -> importService.preview("benchmark.csv", file, false));
        long t1 = System.nanoTime();
        CpuSeconds c1 = CpuSeconds.now(postmaster);
        AccountImport applied = IntegrationTest.as(tenant, Role.OPERATOR, () -> importService.apply(preview));
        long t2 = System.nanoTime();
        CpuSeconds c2 = CpuSeconds.now(postmaster);
        ImportPreview again = IntegrationTest.as(tenant, Role.OPERATOR, () -> importService.preview("benchmark.csv", file, false));
        long t3 = System.nanoTime();
        CpuSeconds c3 = CpuSeconds.now(postmaster);
        int stored = IntegrationTest.as(tenant, Role.OPERATOR, () -> accountService.matching(AccountQuery.all()).count());
        double copySeconds = copy(ctx.getBean(DatabaseEndpoint.class), file);
        double parseSeconds = plainParse(file);

        double previewS = (t1 - t0) / 1e9;
        double applyS = (t2 - t1) / 1e9;
        double againS = (t3 - t2) / 1e9;
        System.out.printf(Locale.ROOT, "%nImport benchmark: %,d rows, %.1f MB, max heap %d MB%n", rows,
                file.length / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        System.out.printf(Locale.ROOT, "  preview (parse + change detection): %6.2f s  %,9.0f rows/s  (%d new, %d errors)%n",
                previewS, rows / previewS, preview.count(ImportRowStatus.NEW), preview.count(ImportRowStatus.ERROR));
        System.out.printf(Locale.ROOT, "  apply (one transaction):            %6.2f s  %,9.0f rows/s  (%d created, %d stored)%n",
                applyS, rows / applyS, applied.created(), stored);
        System.out.printf(Locale.ROOT, "  preview again (all unchanged):      %6.2f s  %,9.0f rows/s  (%d unchanged)%n",
                againS, rows / againS, again.count(ImportRowStatus.UNCHANGED));
        System.out.printf(Locale.ROOT, "  COPY of the same accounts into customer_account: %5.2f s  %,9.0f rows/s"
                + "  (the baseline of the target)%n", accountCopySeconds, rows / accountCopySeconds);
        System.out.printf(Locale.ROOT, "  COPY of the file into a bare temporary table:    %5.2f s  %,9.0f rows/s%n",
                copySeconds, rows / copySeconds);
        System.out.printf(Locale.ROOT, "  plain CSV parse of the same file:     %4.2f s  %,9.0f rows/s%n", parseSeconds,
                rows / parseSeconds);
        System.out.printf(Locale.ROOT, "  preview / plain parse: %.1f× (the preview's rows/s on a quiet machine: the plain"
                + " parse's rows/s divided by this)%n", previewS / parseSeconds);
        System.out.printf(Locale.ROOT, "  apply / COPY into customer_account: %.2f× (target ≤ 5); apply / COPY into a bare"
                + " temporary table: %.1f×%n", applyS / accountCopySeconds, applyS / copySeconds);
        System.out.printf(Locale.ROOT, "  CPU used (JVM + PostgreSQL; a quiet machine's wall time is at most their sum,"
                + " whatever the load):%n");
        cpu("preview", c1.since(c0), rows);
        cpu("apply", c2.since(c1), rows);
        cpu("preview again", c3.since(c2), rows);
        System.out.printf(Locale.ROOT, "  heap pools' peak use: %d MB; load average %.1f on %d cores%n", peakHeapMegabytes(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (applied.created() != rows || again.count(ImportRowStatus.UNCHANGED) != rows) {
            throw new IllegalStateException("The benchmark's import did not write every row");
        }
    }

    /** Rows shaped like a real list: every column filled. */
    static byte[] generate(int rows) {
        StringBuilder csv = new StringBuilder(rows * 150);
        csv.append("account_id,name,partition,connection_method,contact_emails,products,cur_bucket,report_name,"
                + "report_prefix,bucket_region\r\n");
        for (int i = 0; i < rows; i++) {
            String id = String.format(Locale.ROOT, "%012d", 100_000_000_000L + i);
            csv.append(id).append(",\"Customer ").append(i).append(", Ltd\",aws,MSP_SINGLE,ops@customer")
                .append(i).append(".example,\"COST_ANALYTICS, COMMITMENT_INSIGHTS\",cur-bucket-").append(i)
                .append(",hourly-cur,cur,us-east-1\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    // The preview's floor: FastCSV reading every cell of the same file (best of three, after one to warm up).
    private static double plainParse(byte[] file) throws Exception {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            long cells = 0;
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(
                    new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8))) {
                for (CsvRecord r : csv) {
                    for (String cell : r.getFields()) {
                        cells += cell.length();
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (round > 0 && cells > 0) {
                best = Math.min(best, seconds);
            }
        }
        return best;
    }

    // The baseline: the same file straight into a scratch table with PostgreSQL's COPY.
    private static double copy(DatabaseEndpoint db, byte[] file) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.execute("create temporary table account_copy_scratch (account_id char(12), name varchar(200),"
                    + " partition varchar(6), connection_method varchar(20), contact_emails text, products text,"
                    + " cur_bucket varchar(63), report_name varchar(256), report_prefix varchar(256),"
                    + " bucket_region varchar(20))");
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy account_copy_scratch from stdin with (format csv, header true)", new ByteArrayInputStream(file));
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /**
     * The target's baseline: the same accounts, as apply stores them (ids time-ordered, a fresh ExternalId each, the
     * creation note), COPYed into customer_account itself, into a scratch tenant, by the table's owner (a superuser
     * in the embedded PostgreSQL, so row-level security does not refuse the COPY). It pays what storing an account
     * costs: the indexes, the foreign key to the tenant, the checks, the WAL of a logged table. Only the COPY is
     * timed, not the writing of its text.
     */
    private static double copyIntoAccounts(TestDatabase db, Tenant scratch, int rows) throws Exception {
        byte[] text = accountRows(scratch, rows);
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy customer_account (id, tenant_id, partition, account_id,"
                    + " name, connection_method, contact_emails, products, cur_bucket, cur_report_name, cur_prefix,"
                    + " cur_bucket_region, external_id, wizard_step, state, created_by, creation_note) from stdin",
                    new ByteArrayInputStream(text));
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    // the rows of generate(rows), in COPY's text format, as apply would store them
    private static byte[] accountRows(Tenant scratch, int rows) {
        StringBuilder text = new StringBuilder(rows * 260);
        long millis = System.currentTimeMillis();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < rows; i++) {
            UUID id = new UUID(((millis + i / 4096) << 16) | 0x7000L | (i % 4096),
                    (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
            String accountId = String.format(Locale.ROOT, "%012d", 100_000_000_000L + i);
            text.append(id).append('\t').append(scratch.id()).append("\taws\t").append(accountId)
                .append("\tCustomer ").append(i).append(", Ltd\tMSP_SINGLE\t{ops@customer").append(i)
                .append(".example}\t{COMMITMENT_INSIGHTS,COST_ANALYTICS}\tcur-bucket-").append(i)
                .append("\thourly-cur\tcur\tus-east-1\t").append(ExternalId.generate().value())
                .append("\t1\tDRAFT\tbench@bench.test\tImported from benchmark.csv: Customer ").append(i)
                .append(", Ltd (AWS ").append(accountId).append(")\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void cpu(String step, double[] used, int rows) {
        double sum = used[0] + used[1];
        System.out.printf(Locale.ROOT, "    %-14s %5.2f s + %5.2f s = %5.2f s  %,9.0f rows/s  (the importing thread"
                + " itself: %4.2f s)%n", step + ":", used[0], used[1], sum, rows / sum, used[2]);
    }

    /**
     * CPU seconds used so far by this JVM (every thread: GC and JIT too) and by each process of the benchmark's
     * PostgreSQL (the children of its postmaster, from /proc, by process id). Unlike wall time, other work on the
     * machine does not lengthen them. A process that ends between two readings (an autovacuum worker) is left out.
     */
    private record CpuSeconds(double jvm, double thread, Map<Long, Double> postgres) {

        static CpuSeconds now(long postmaster) throws IOException {
            double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
            double thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
            Map<Long, Double> postgres = new HashMap<>();
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    String[] stat = stat(process);
                    if (stat != null && Long.parseLong(stat[1]) == postmaster) {
                        postgres.put(Long.parseLong(process.getFileName().toString()),
                                (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0); // USER_HZ
                    }
                }
            }
            return new CpuSeconds(jvm, thread, postgres);
        }

        /** JVM, PostgreSQL and the benchmark's thread's seconds used since {@code before}. */
        double[] since(CpuSeconds before) {
            double postgresUsed = 0;
            for (var process : postgres.entrySet()) {
                postgresUsed += process.getValue() - before.postgres.getOrDefault(process.getKey(), 0.0);
            }
            return new double[] { jvm - before.jvm, postgresUsed, thread - before.thread };
        }
    }

    // the fields of /proc/<pid>/stat after the command's name: state, ppid, … utime (11), stime (12); null if gone
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        }
        catch (IOException e) {
            return null;
        }
    }

    // the embedded PostgreSQL's postmaster: the parent of a backend
    private static long postmaster(TestDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = c.createStatement(); var r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            return Long.parseLong(stat(Path.of("/proc", Integer.toString(r.getInt(1))))[1]);
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

}
