package com.payerlink.verification.domain;

import com.payerlink.Application;
import com.payerlink.core.database.DatabaseEndpoint;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import com.payerlink.verification.AwsStub;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The delivery watcher's sweep (README, "Verification against AWS"): 10,000 PROCESSING accounts in 10 tenants, one
 * of them with 9,000, against a WireMock AWS that adds a delay to every call (no report delivered yet, so every
 * account is looked at and stays PROCESSING). Prints the sweep's time and when each tenant's last account had been
 * looked at, among them the longest wait of a small tenant. Arguments: [accounts of the big tenant] [accounts of each
 * small one] [delay ms] (defaults 9000, 111, 20). Run it with {@code mvn -Pdelivery-benchmark test-compile exec:exec}.
 */
public final class DeliveryBenchmark {

    private static final String ROLE = "PayerlinkDeliveryBench";

    private DeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int big = args.length > 0 ? Integer.parseInt(args[0]) : 9000;
        int small = args.length > 1 ? Integer.parseInt(args[1]) : 111;
        int delay = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        AwsStub aws = AwsStub.start(delay);
        aws.assumeRoleSucceeds(":role/" + ROLE).objects("bench-deliveries");
        Path data = Files.createTempDirectory("payerlink-delivery-benchmark-");
        System.setProperty("aws.accessKeyId", "AKIAPLATFORMEXAMPLE1");
        System.setProperty("aws.secretAccessKey", "platformSecretExample");
        ConfigurableApplicationContext app = null;
        try {
            app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--payerlink.data-dir=" + data, "--payerlink.aws.endpoint=" + aws.url(),
                        "--payerlink.verification.verify-on-registration=false",
                        "--payerlink.verification.delivery-check-interval=PT240H", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
            measure(app, big, small, delay);
        }
        finally {
            if (app != null) {
                app.close();
            }
            aws.stop();
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
        System.exit(0);
    }

    private static void measure(ConfigurableApplicationContext app, int big, int small, int delay) throws Exception {
        TenantService tenants = app.getBean(TenantService.class);
        List<Tenant> created = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            String code = "DL" + (char) ('A' + t);
            created.add(CurrentScope.callAs(DatabaseScope.platform(), () -> tenants.create(new NewTenant(
                    "Delivery bench " + code, code, new NewUser("Admin " + code, code.toLowerCase(Locale.ROOT)
                            + "@delivery.test", Role.ORG_ADMIN, "benchmark-password")))));
        }
        DatabaseEndpoint db = app.getBean(DatabaseEndpoint.class);
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            for (int t = 0; t < created.size(); t++) {
                seed(c, created.get(t), t, t == 0 ? big : small);
            }
            c.createStatement().execute("vacuum analyze customer_account");
        }
        DeliveryWatcher watcher = app.getBean(DeliveryWatcher.class);
        print(watcher.checkProcessingAccounts(), "first sweep (cold: every role assumed)", app, created, big, small, delay);
        print(watcher.checkProcessingAccounts(), "second sweep (credentials reused)", app, created, big, small, delay);
    }

    private static void print(DeliverySweep sweep, String which, ConfigurableApplicationContext app, List<Tenant> created,
            int big, int small, int delay) {
        int concurrency = Integer.parseInt(app.getEnvironment().getProperty("payerlink.verification.delivery-check-concurrency"));
        System.out.printf(Locale.ROOT, "%nDelivery watcher benchmark, %s: %,d PROCESSING accounts in %d tenants (%,d in"
                + " the big one, %d in each other), %d ms added to every AWS call, %d checks at once%n", which,
                sweep.checked(), created.size(), big, small, delay, concurrency);
        System.out.printf(Locale.ROOT, "  sweep                       %7.2f s  (%,.0f accounts/s, %d became READY)%n",
                seconds(sweep.took()), sweep.checked() / seconds(sweep.took()), sweep.ready());
        Duration longestSmall = Duration.ZERO;
        for (int t = 0; t < created.size(); t++) {
            Duration done = sweep.tenantDone().get(created.get(t).id());
            System.out.printf(Locale.ROOT, "  tenant %s (%,5d accounts) done after %7.2f s%n", created.get(t).code(),
                    t == 0 ? big : small, seconds(done));
            if (t > 0 && done.compareTo(longestSmall) > 0) {
                longestSmall = done;
            }
        }
        System.out.printf(Locale.ROOT, "  longest wait of a small tenant: %.2f s = %.3f of the sweep; load average %.1f"
                + " on %d cores%n%n", seconds(longestSmall), seconds(longestSmall) / seconds(sweep.took()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    // Registered accounts in PROCESSING, written as the owner (set-up, not measured).
    private static void seed(Connection c, Tenant tenant, int index, int accounts) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                insert into customer_account (id, tenant_id, partition, account_id, name, connection_method,
                    contact_emails, products, billing_access_confirmed, cur_bucket, cur_report_name, cur_prefix,
                    cur_bucket_region, cur_settings_confirmed, external_id, role_arns, wizard_step, state,
                    registered_at, registered_by, processing_started_at)
                select gen_random_uuid(), ?, 'aws', a.id, 'Customer ' || a.id, 'MSP_SINGLE', '{ops@delivery.test}',
                    '{COST_ANALYTICS}', true, 'bench-deliveries', 'bench-report', 'cur', 'us-east-1', true,
                    md5(random()::text), array['arn:aws:iam::' || a.id || ':role/' || ?]::varchar[], 6, 'PROCESSING',
                    now(), 'bench', now()
                from (select lpad((300000000000 + ? * 100000 + i)::text, 12, '0') as id
                      from generate_series(1, ?) i) a""")) {
            s.setObject(1, tenant.id());
            s.setString(2, ROLE);
            s.setLong(3, index);
            s.setInt(4, accounts);
            s.executeUpdate();
        }
    }

    private static double seconds(Duration d) {
        return d == null ? Double.NaN : d.toNanos() / 1e9;
    }

}
