package com.payerlink.verification;

import com.payerlink.Application;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import com.payerlink.verification.domain.BatchProgress;
import com.payerlink.verification.domain.VerificationService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Verifies two batches of 1,000 registered accounts against a WireMock AWS that adds 100 ms to every call, at the
 * portal's default concurrency: the first right after start, the second on the now running portal. Prints each one's
 * time, its ratio to the latency bound and its CPU per account. Run it with
 * {@code mvn -Pverification-benchmark test}; arguments: [accounts] [delay ms] [concurrency] (defaults 1000, 100,
 * 32).
 */
public final class VerificationBenchmark {

    private static final int ROUND_TRIPS = 3;

    // the portal's default (application.properties), not the test nodes' 16 (config/application.properties)
    private static final int DEFAULT_CONCURRENCY = 32;


    private VerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int delay = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_CONCURRENCY;
        AwsStub aws = AwsStub.start(delay);
        Path data = Files.createTempDirectory("payerlink-benchmark-");
        System.setProperty("aws.accessKeyId", "AKIAPLATFORMEXAMPLE1");
        System.setProperty("aws.secretAccessKey", "platformSecretExample");
        ConfigurableApplicationContext app = null;
        try {
            app = new SpringApplicationBuilder(Application.class)
                // arguments, so they win over application.properties
                .run("--server.port=0", "--payerlink.data-dir=" + data, "--payerlink.aws.endpoint=" + aws.url(),
                        "--payerlink.verification.verify-on-registration=false",
                        "--payerlink.verification.concurrency=" + concurrency, "--db-scheduler.polling-interval=500ms",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off");
            measure(app, aws, accounts, delay);
        }
        finally {
            if (app != null) {
                app.close();
            }
            aws.stop();
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    private static void measure(ConfigurableApplicationContext app, AwsStub aws, int accounts, int delay) throws Exception {
        Tenant tenant = CurrentScope.callAs(DatabaseScope.platform(), () -> app.getBean(TenantService.class)
            .create(new NewTenant("Benchmark MSP", "BENCH", new NewUser("Bench Admin", "admin@bench.test",
                    Role.ORG_ADMIN, "benchmark-password"))));
        RegisteredAccounts registered = new RegisteredAccounts(app.getBean(AccountService.class), tenant).allPass(aws);
        List<UUID> first = register(registered, 0, accounts);
        List<UUID> second = register(registered, accounts, accounts);
        VerificationService verification = app.getBean(VerificationService.class);
        int concurrency = Integer.parseInt(app.getEnvironment().getProperty("payerlink.verification.concurrency"));
        // each account is three round trips: AssumeRole; the probes and reads beside each other; the prefix listing
        double bound = accounts * ROUND_TRIPS * delay / 1000.0 / concurrency;
        System.out.printf("%nVerification benchmark: batches of %d accounts, %d ms added to every AWS call, concurrency %d%n",
                accounts, delay, concurrency);
        System.out.printf("  latency bound %5.2f s (%d accounts x %d round trips x %d ms / %d)%n", bound, accounts,
                ROUND_TRIPS, delay, concurrency);
        // the first batch runs while the JVM still compiles the code it runs (JIT), as right after a deployment;
        // the second as on a portal that has been running: the target is about the running portal
        Batch cold = Batch.verify(registered, verification, first);
        Batch warm = Batch.verify(registered, verification, second);
        cold.print("first batch after start", bound);
        warm.print("second batch (running portal)", bound);
        System.out.printf("  target: the running portal's measured / bound <= 1.25; load average %.1f on %d cores%n%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** One measured batch: its time to finish, how long queuing took, and the CPU it cost. */
    private record Batch(BatchProgress done, double seconds, double queuedSeconds, CpuTime cpu) {

        static Batch verify(RegisteredAccounts registered, VerificationService verification, List<UUID> ids)
                throws Exception {
            CpuTime cpuBefore = CpuTime.now();
            long start = System.nanoTime();
            UUID batch = IntegrationTest.as(registered.tenant(), Role.OPERATOR, () -> verification.verify(ids)).batchId();
            long queuedAt = System.nanoTime();
            BatchProgress done = registered.awaitBatch(verification, batch);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (done.failed() > 0) {
                IntegrationTest.as(registered.tenant(), Role.ORG_ADMIN, () -> verification.failures(batch).page(0, 3))
                    .forEach(r -> System.out.println("  failed: " + r.accountName() + " " + r.failedChecks()));
            }
            return new Batch(done, seconds, (queuedAt - start) / 1e9, CpuTime.now().minus(cpuBefore));
        }

        void print(String which, double bound) {
            int n = done.total();
            System.out.printf("  %s: %.2f s (queued in %.2f s; %d passed, %d failed), %.1f accounts/s;"
                    + " measured / bound %.2f%n", which, seconds, queuedSeconds, done.passed(), done.failed(), n / seconds,
                    seconds / bound);
            System.out.printf("      CPU per account: %.1f ms in the portal's JVM (%.1f ms of it the AWS stub's server"
                    + " threads), %.1f ms in the whole machine%n", cpu.process() / 1e6 / n, cpu.stub() / 1e6 / n,
                    cpu.machine() / 1e6 / n);
        }

    }

    // Registration is set-up, not measured: eight at a time.
    private static List<UUID> register(RegisteredAccounts registered, int from, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CustomerAccount>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = from + i;
                futures.add(pool.submit(() -> registered.register(RegisteredAccounts.awsId(k), "Customer " + k,
                        ConnectionMethod.MSP_SINGLE)));
            }
            List<UUID> ids = new ArrayList<>();
            for (Future<CustomerAccount> f : futures) {
                ids.add(f.get().id());
            }
            return Collections.unmodifiableList(ids);
        }
        finally {
            pool.shutdown();
        }
    }

    /** CPU time in nanoseconds: this JVM's, the stub's Jetty threads' within it, and the whole machine's (Linux). */
    private record CpuTime(long process, long stub, long machine) {

        static CpuTime now() throws java.io.IOException {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long stub = 0;
            for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                // WireMock's Jetty names its threads qtp…; the portal's Tomcat names its own http-nio-…
                if (info != null && info.getThreadName().startsWith("qtp")) {
                    stub += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            // the first line of /proc/stat: jiffies (1/100 s) per state; all but idle and iowait are busy
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]);
            }
            return new CpuTime(os.getProcessCpuTime(), stub, busy * 10_000_000L);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(process - earlier.process, stub - earlier.stub, machine - earlier.machine);
        }

    }

}
