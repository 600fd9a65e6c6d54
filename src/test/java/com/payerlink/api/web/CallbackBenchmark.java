package com.payerlink.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.Application;
import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountTemplates;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 1,000 stacks report back ({@code POST /api/v1/cloudformation/callbacks}), posted by 16 concurrent clients over real
 * HTTP to the portal on its embedded PostgreSQL; each report saves the role, registers the connection and queues its
 * verification (a db-scheduler task; kept queued during the run, so verification does not compete for the CPU).
 * Prints the time, callbacks per second and the ratio to the 200/s target. Run it with
 * {@code mvn -Pcallback-benchmark test}; arguments: [callbacks] [clients] (defaults 1000, 16).
 */
public final class CallbackBenchmark {

    private static final double TARGET_PER_SECOND = 200;

    private static final Pattern SECRET = Pattern.compile("param_CallbackSecret=([^&]+)");

    private CallbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int callbacks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path data = Files.createTempDirectory("payerlink-callback-benchmark-");
        ConfigurableApplicationContext app = null;
        try {
            app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--payerlink.data-dir=" + data,
                        "--payerlink.cloudformation.platform-account-aws=999988887777",
                        "--payerlink.cloudformation.template-url-aws=https://templates.payerlink.test/payerlink-aws.yaml",
                        "--payerlink.cloudformation.placeholders-allowed=true",
                        "--db-scheduler.immediate-execution-enabled=false", "--db-scheduler.polling-interval=1h",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off");
            measure(app, callbacks, clients, data);
        }
        finally {
            if (app != null) {
                app.close();
            }
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    private static void measure(ConfigurableApplicationContext app, int n, int clients, Path data) throws Exception {
        Tenant tenant = CurrentScope.callAs(DatabaseScope.platform(), () -> app.getBean(TenantService.class)
            .create(new NewTenant("Callback MSP", "CBB", new NewUser("Bench Admin", "admin@cbb.test", Role.ORG_ADMIN,
                    "benchmark-password"))));
        long setUp = System.nanoTime();
        int warmUp = Math.max(1, n / 5);
        List<String> bodies = prepare(app, tenant, warmUp + n);
        System.out.printf("%nSet-up: %d accounts at step 5 with their callback secrets in %.1f s%n", warmUp + n,
                (System.nanoTime() - setUp) / 1e9);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        URI uri = URI.create("http://127.0.0.1:" + port + CloudFormationCallbacksController.PATH);
        // the JIT compiles the callback's path during the first ones: not measured
        int refusedWarmUp = post(uri, bodies.subList(0, warmUp), clients);
        System.out.printf("Warm-up: %d callbacks (not measured), %d refused%n", warmUp, refusedWarmUp);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpuBefore = os.getProcessCpuTime();
        Map<Long, Long> threadsBefore = threadCpu();
        double postgresBefore = postgresCpuMs(data);
        long start = System.nanoTime();
        int refused = post(uri, bodies.subList(warmUp, bodies.size()), clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6;
        double postgresMs = postgresCpuMs(data) - postgresBefore;
        double serverMs = threadCpuSince(threadsBefore, true);
        double clientsMs = threadCpuSince(threadsBefore, false);
        report(app, tenant, n, warmUp, clients, seconds, refused);
        // the machine is shared: say how busy it was, and what the portal and its PostgreSQL spent per callback
        int cores = os.getAvailableProcessors();
        System.out.printf("  load average %.1f before, %.1f after (%d cores)%n", loadBefore, os.getSystemLoadAverage(),
                cores);
        System.out.printf("  CPU per callback: portal request threads %.2f ms, PostgreSQL %.2f ms; the benchmark's"
                + " clients %.2f ms, the rest of the JVM (JIT, GC) %.2f ms%n", serverMs / n, postgresMs / n,
                clientsMs / n, (cpuMs - serverMs - clientsMs) / n);
        // what the CPU spent allows on idle cores, whatever else ran meanwhile: the figure a busy machine cannot hide
        double capacity = cores * 1000 / ((serverMs + postgresMs) / n);
        double withRest = cores * 1000 / ((cpuMs - clientsMs + postgresMs) / n);
        System.out.printf("  CPU-bound capacity on %d idle cores: %.0f callbacks/s (ratio %.2f to the %.0f/s target);"
                + " counting JIT and GC too: %.0f/s (ratio %.2f)%n%n", cores, capacity, capacity / TARGET_PER_SECOND,
                TARGET_PER_SECOND, withRest, withRest / TARGET_PER_SECOND);
    }

    /** Posts the bodies from {@code clients} concurrent clients; returns how many were refused or not registered. */
    private static int post(URI uri, List<String> bodies, int clients) throws Exception {
        ExecutorService httpThreads = Executors.newFixedThreadPool(clients, named("bench-http-"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, named("bench-client-"));
        List<Callable<Void>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200 || !r.body().contains("Connection registered")) {
                        if (failed.incrementAndGet() <= 3) {
                            System.out.println("  refused: " + r.statusCode() + " " + r.body());
                        }
                    }
                }
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        }
        finally {
            pool.shutdown();
            httpThreads.shutdown();
        }
        return failed.get();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> new Thread(r, prefix + n.incrementAndGet());
    }

    private static Map<Long, Long> threadCpu() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        return cpu;
    }

    /** CPU (ms) since the snapshot of the portal's request threads (Tomcat's), or of the benchmark's clients. */
    private static double threadCpuSince(Map<Long, Long> before, boolean server) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            boolean isServer = info.getThreadName().startsWith("http-nio");
            boolean isClient = info.getThreadName().startsWith("bench-") || info.getThreadName().startsWith("HttpClient");
            if (server ? isServer : isClient) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()))
                        - before.getOrDefault(info.getThreadId(), 0L);
            }
        }
        return nanos / 1e6;
    }

    /** CPU time so far of the portal's embedded PostgreSQL: its postmaster (named by its data directory) and children. */
    private static double postgresCpuMs(Path data) {
        String dataDir = data.toAbsolutePath().normalize().resolve("postgres").toString();
        return ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(dataDir)).orElse(false))
            .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
            .distinct()
            .mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0))
            .sum();
    }

    private static void report(ConfigurableApplicationContext app, Tenant tenant, int n, int warmUp, int clients,
            double seconds, int failed) {
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        Integer registered = IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> jdbc.queryForObject(
                "select count(*) from customer_account where registered_at is not null and stack_reported_at is not null",
                Integer.class));
        Integer queued = IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> jdbc.queryForObject(
                "select count(*) from scheduled_tasks where task_name = 'verify-registered'", Integer.class));
        double perSecond = n / seconds;
        System.out.printf("Callback benchmark: %d callbacks, %d concurrent clients, %d cores%n", n, clients,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  total        %6.2f s%n", seconds);
        System.out.printf("  throughput   %6.1f callbacks/s (target %.0f/s: ratio %.2f)%n", perSecond, TARGET_PER_SECOND,
                perSecond / TARGET_PER_SECOND);
        System.out.printf("  registered   %d of %d (warm-up included), verification queued for %d, refused or not"
                + " registered: %d%n", registered, warmUp + n, queued, failed);
    }

    // Set-up, not measured: accounts with steps 1 to 4 done, eight at a time, and each one's callback body.
    private static List<String> prepare(ConfigurableApplicationContext app, Tenant tenant, int n) throws Exception {
        AccountService accounts = app.getBean(AccountService.class);
        AccountTemplates templates = app.getBean(AccountTemplates.class);
        ObjectMapper json = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String awsId = String.format("4%011d", i);
                futures.add(pool.submit(() -> IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> {
                    CustomerAccount a = accounts.create(Partition.AWS, new AccountDetails(awsId, "Customer " + awsId,
                            ConnectionMethod.MSP_SINGLE, "ops@cbb.test"));
                    a = accounts.confirmBillingAccess(a.id(), a.version(), true);
                    a = accounts.saveCurSettings(a.id(), a.version(), CurSettings.typed(Set.of(Product.COST_ANALYTICS),
                            false, "cur-cbb", "report-cbb", "cur", "us-east-1", true));
                    Matcher m = SECRET.matcher(templates.quickCreateLink(a.id()).toString());
                    if (!m.find()) {
                        throw new IllegalStateException("no callback secret in the link");
                    }
                    return body(json, URLDecoder.decode(m.group(1), StandardCharsets.UTF_8), awsId);
                })));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> f : futures) {
                bodies.add(f.get());
            }
            return bodies;
        }
        finally {
            pool.shutdown();
        }
    }

    private static String body(ObjectMapper json, String secret, String awsId) {
        try {
            return json.writeValueAsString(Map.of("requestType", "Create", "requestId", "bench-" + awsId,
                    "secret", secret, "accountId", awsId, "partition", "aws", "region", "us-east-1",
                    "stackId", "arn:aws:cloudformation:us-east-1:" + awsId + ":stack/Payerlink-" + awsId + "/1",
                    "roleArn", "arn:aws:iam::" + awsId + ":role/Payerlink-PayerlinkRole-B", "createReport", "No",
                    "stackSet", "false"));
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
