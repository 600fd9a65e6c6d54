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
 * Verifies 1,000 registered accounts against a WireMock AWS that adds 100 ms to every call, at the
 * portal's default concurrency, and prints the total time and accounts per second. Run it with
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
        List<UUID> ids = register(registered, accounts);
        VerificationService verification = app.getBean(VerificationService.class);

        long start = System.nanoTime();
        UUID batch = IntegrationTest.as(registered.tenant(), Role.OPERATOR, () -> verification.verify(ids)).batchId();
        long queuedAt = System.nanoTime();
        BatchProgress done = registered.awaitBatch(verification, batch);
        double seconds = (System.nanoTime() - start) / 1e9;

        int concurrency = Integer.parseInt(app.getEnvironment().getProperty("payerlink.verification.concurrency"));
        // each account is three round trips: AssumeRole; the probes and reads beside each other; the prefix listing
        double bound = done.total() * ROUND_TRIPS * delay / 1000.0 / concurrency;
        System.out.printf("%nVerification benchmark: %d accounts, %d ms added to every AWS call, concurrency %d%n",
                done.total(), delay, concurrency);
        System.out.printf("  queued in    %6.2f s%n", (queuedAt - start) / 1e9);
        System.out.printf("  total        %6.2f s (%d passed, %d failed)%n", seconds, done.passed(), done.failed());
        System.out.printf("  throughput   %6.1f accounts/s%n", done.total() / seconds);
        System.out.printf("  latency bound %5.2f s (%d accounts x %d round trips x %d ms / %d)%n", bound, done.total(),
                ROUND_TRIPS, delay, concurrency);
        System.out.printf("  measured / bound: %.2f (target <= 1.25); load average %.1f on %d cores%n%n",
                seconds / bound, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (done.failed() > 0) {
            IntegrationTest.as(registered.tenant(), Role.ORG_ADMIN, () -> verification.failures(batch, 0, 3)).forEach(r -> System.out.println(
                    "  failed: " + r.accountName() + " " + r.failedChecks()));
        }
    }

    // Registration is set-up, not measured: eight at a time.
    private static List<UUID> register(RegisteredAccounts registered, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CustomerAccount>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
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

}
