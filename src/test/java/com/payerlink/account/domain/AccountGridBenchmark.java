package com.payerlink.account.domain;

import com.payerlink.Application;
import com.payerlink.TestDatabase;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * How fast the accounts grid answers for a big tenant: a page of 50 accounts sorted by name and the count of
 * matching accounts, through {@link AccountService} as an operator, i.e. through the portal's pool, the
 * {@code payerlink_app} role and row-level security, on a table of 1,000,000 accounts in 10 tenants.
 *
 * <p>Not a test: run it with {@code mvn -Pbenchmark test-compile exec:java} (see the README). Add
 * {@code -Dbenchmark.explain=true} to print the plans ({@code EXPLAIN (ANALYZE, BUFFERS)}) of the SQL the DAO
 * generates, run as {@code payerlink_app} with the tenant bound; they are printed anyway when a target is missed.
 */
public final class AccountGridBenchmark {

    private static final int TOTAL_ACCOUNTS = 1_000_000;

    private static final int PAGE_SIZE = 50;

    private static final int DEEP_OFFSET = 50_000;

    private static final int WARM_UP_RUNS = 20;

    private static final int TIMED_RUNS = 200;

    private static final double FIRST_PAGE_TARGET_MS = 50;

    private static final double DEEP_PAGE_TARGET_MS = 200;

    private static final AccountState FILTER_STATE = AccountState.READY;

    private static final String PLAN_CACHE_MODE = System.getProperty("benchmark.planCacheMode", "force_custom_plan");

    /** Tenant codes and sizes: BA is the big tenant the grid is measured for; the others make up the million. */
    private static final String[] CODES = { "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ" };

    private static final int[] SIZES = { 100_000, 200_000, 150_000, 120_000, 100_000, 90_000, 80_000, 70_000, 50_000,
        40_000 };

    // A realistic spread of states, in percent: most accounts are ready, some stuck somewhere on the way.
    private static final String STATE_BY_PERCENTILE = """
            case
                when h < 45 then 'READY'
                when h < 53 then 'DRAFT'
                when h < 68 then 'IN_PROGRESS'
                when h < 73 then 'AWAITING_VERIFICATION'
                when h < 75 then 'VERIFYING'
                when h < 80 then 'VERIFICATION_FAILED'
                when h < 85 then 'AWAITING_SUPPORT'
                when h < 90 then 'PROCESSING'
                else 'DISCONNECTED'
            end""";

    private AccountGridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        TestDatabase db = TestDatabase.get();
        try {
            run(db, started);
        }
        finally {
            TestDatabase.stop();
        }
    }

    private static void run(TestDatabase db, long started) throws SQLException {
        SqlCapture capture = new SqlCapture();
        // The grid runs one SQL text for every offset, and PostgreSQL plans it for the values of each run (a custom
        // plan) until a generic plan looks cheaper on average. Mostly the first page is asked for, so a deep page
        // usually gets a custom plan: force those, else the figures depend on how many runs came before.
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "options=-c%20plan_cache_mode%3D" + PLAN_CACHE_MODE;
        // command-line arguments, so that they win over application.properties (server.port=8080)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
            // Vaadin's Spring integration needs a web application context: a servlet one on a random free port
            .web(WebApplicationType.SERVLET)
            .bannerMode(Banner.Mode.OFF)
            .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkSqlCapture",
                    new DefaultExecuteListenerProvider(capture)))
            .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + db.username(),
                    "--spring.datasource.password=" + db.password(), "--server.port=0",
                    "--payerlink.admin-password=benchmark-only", "--logging.level.root=WARN");
        try (context) {
            System.out.printf(Locale.ROOT, "Portal context started in %.1f s (embedded PostgreSQL, Flyway migrated)%n",
                    seconds(started));
            UUID bigTenant = seed(db);
            AccountService accounts = context.getBean(AccountService.class);
            List<Scenario> scenarios = List.of(
                    new Scenario("first page, state=" + FILTER_STATE, AccountQuery.all().withState(FILTER_STATE), 0,
                            FIRST_PAGE_TARGET_MS),
                    new Scenario("deep page, state=" + FILTER_STATE, AccountQuery.all().withState(FILTER_STATE),
                            DEEP_OFFSET, DEEP_PAGE_TARGET_MS),
                    new Scenario("deep page, no state filter", AccountQuery.all(), DEEP_OFFSET, DEEP_PAGE_TARGET_MS));
            List<Result> results = new ArrayList<>();
            for (Scenario s : scenarios) {
                results.add(measure(accounts, bigTenant, s, capture));
            }
            boolean missed = results.stream().anyMatch(r -> !r.together.passes(r.scenario.targetMs));
            if (missed || Boolean.getBoolean("benchmark.explain")) {
                for (Result r : results) {
                    explain(db, bigTenant, r);
                }
            }
            printTable(results);
            System.out.printf(Locale.ROOT, "Whole benchmark: %.0f s%n", seconds(started));
        }
    }

    /** 10 tenants with 1,000,000 accounts, set-based as the owner; returns the big tenant's id. */
    private static UUID seed(TestDatabase db) throws SQLException {
        long started = System.nanoTime();
        UUID bigTenant = null;
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            String insert = """
                    insert into customer_account (id, tenant_id, partition, account_id, name, connection_method,
                        contact_emails, billing_access_confirmed, cur_bucket, cur_report_name, cur_prefix,
                        cur_bucket_region, cur_settings_confirmed, external_id, role_arns, wizard_step, state,
                        registered_at, registered_by, created_at, updated_at)
                    select gen_random_uuid(), ?::uuid, partition, account_id, name, method,
                        array['finops@' || lower(replace(word, ' ', '-')) || '.example'], step >= 4,
                        case when step >= 5 then 'cur-' || account_id end,
                        case when step >= 5 then 'payerlink-hourly' end,
                        case when step >= 5 then 'cur' end,
                        case when step >= 5 then case partition when 'aws' then 'us-east-1' else 'cn-northwest-1' end end,
                        step >= 5,
                        md5(? || '-' || g),
                        case when registered then array['arn:' || partition || ':iam::' || account_id || ':role/PayerlinkRole']
                            else '{}' end,
                        step, state,
                        case when registered then updated end,
                        case when registered then 'admin@bench.example' end,
                        updated - interval '30 days', updated
                    from (
                        select *, state not in ('DRAFT', 'IN_PROGRESS') as registered,
                               case state when 'DRAFT' then 1 when 'IN_PROGRESS' then 2 + g % 5 else 6 end as step
                        from (
                            select g, word,
                                   case when g % 20 = 0 then 'aws-cn' else 'aws' end as partition,
                                   -- g times a prime is a bijection modulo 10^12: unique 12-digit IDs, some with leading zeros
                                   lpad(((g * 982451653::bigint) % 1000000000000)::text, 12, '0') as account_id,
                                   word || ' ' || upper(substr(md5(? || g), 1, 6)) || ' '
                                       || (array['GmbH', 'Ltd', 'Inc.', 'AG', 'LLC', 'SAS', 'AB', 'Sp. z o.o.'])[1 + h2 % 8] as name,
                                   (array['DIRECT_MANAGEMENT', 'MSP_SINGLE', 'MSP_MULTIPLE', 'MSP_LIMITED'])[1 + h2 % 4] as method,
                                   $STATE as state,
                                   now() - make_interval(mins => (h2 % 525600)::int) as updated
                            from (
                                select g,
                                       abs(hashint4(g * 31 + ?)::bigint) % 100 as h,
                                       abs(hashint4(g * 17 + ?)::bigint) as h2,
                                       (array['Acme', 'Blue Harbor', 'Café Lumière', 'Cedar', 'Delta', 'Evergreen',
                                              'Fjällbacka', 'Granite', 'Harbor', 'Ironclad', 'Juniper', 'Kestrel',
                                              'Lakeside', 'Müller', 'Northwind', 'Orchid', 'Pinecrest', 'Quantum',
                                              'Redwood', 'Summit', 'Tidewater', 'Vantage', 'Wren', 'Zürich'])
                                           [1 + abs(hashint4(g * 13 + ?)::bigint) % 24] as word
                                from generate_series(1, ?) g
                            ) r
                        ) a
                    ) b
                    """.replace("$STATE", STATE_BY_PERCENTILE);
            try (Statement s = c.createStatement()) {
                s.execute("alter table customer_account set (autovacuum_enabled = false)");
            }
            int total = 0;
            for (int i = 0; i < CODES.length; i++) {
                UUID tenant = UUID.randomUUID();
                if (i == 0) {
                    bigTenant = tenant;
                }
                try (PreparedStatement t = c.prepareStatement("insert into tenant (id, name, code) values (?, ?, ?)")) {
                    t.setObject(1, tenant);
                    t.setString(2, "Benchmark " + CODES[i]);
                    t.setString(3, CODES[i]);
                    t.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement(insert)) {
                    p.setString(1, tenant.toString());
                    p.setString(2, CODES[i]);
                    p.setString(3, CODES[i]);
                    p.setInt(4, i);
                    p.setInt(5, i);
                    p.setInt(6, i);
                    p.setInt(7, SIZES[i]);
                    total += p.executeUpdate();
                }
            }
            long inserted = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // VACUUM also sets the visibility map, as autovacuum does soon after such an insert: index-only scans
                // (the count, the page's ids) need it. Autovacuum stayed off during the insert, so that no worker of
                // its races this VACUUM and leaves the map empty, which made the figures depend on timing.
                for (int attempt = 1; attempt <= 5 && !allVisible(c); attempt++) {
                    if (attempt > 1) {
                        System.out.println("VACUUM left pages not all-visible; sessions holding back the xmin horizon: "
                                + xminHolders(c) + "; vacuuming again");
                    }
                    s.execute("vacuum (analyze) customer_account");
                }
                s.execute("alter table customer_account reset (autovacuum_enabled)");
                s.execute("analyze tenant");
            }
            System.out.printf(Locale.ROOT, "Seeded %,d accounts in %d tenants in %.1f s (insert %.1f s, vacuum+analyze %.1f s)%n",
                    total, CODES.length, seconds(started), (inserted - started) / 1e9, seconds(inserted));
            if (total != TOTAL_ACCOUNTS) {
                throw new IllegalStateException("Seeded " + total + " accounts, expected " + TOTAL_ACCOUNTS);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "select state, count(*) from customer_account where tenant_id = ? group by state order by 2 desc")) {
                p.setObject(1, bigTenant);
                StringBuilder line = new StringBuilder();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        line.append(line.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ')
                            .append(String.format(Locale.ROOT, "%,d", rs.getInt(2)));
                    }
                }
                try (Statement v = c.createStatement(); ResultSet rs = v.executeQuery(
                        "select relpages, relallvisible from pg_class where relname = 'customer_account'")) {
                    rs.next();
                    // index-only scans (count, the page's ids) skip the heap only on all-visible pages
                    System.out.printf(Locale.ROOT, "customer_account: %,d pages, %,d all-visible%n", rs.getInt(1),
                            rs.getInt(2));
                }
                System.out.println("Big tenant BA (" + String.format(Locale.ROOT, "%,d", SIZES[0]) + " accounts): " + line);
            }
        }
        return bigTenant;
    }

    // ANALYZE counts the visibility map into pg_class.relallvisible
    private static boolean allVisible(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select relpages > 0 and relallvisible >= relpages from pg_class where relname = 'customer_account'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String xminHolders(Connection c) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select backend_type || ' ' || state || ' "
                + "xmin ' || backend_xmin || ': ' || left(query, 60) from pg_stat_activity where backend_xmin is not null "
                + "and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                holders.add(rs.getString(1));
            }
        }
        return holders.isEmpty() ? "none" : String.join("; ", holders);
    }

    private static Result measure(AccountService accounts, UUID tenant, Scenario s, SqlCapture capture) {
        DatabaseScope operator = new DatabaseScope(tenant, Role.OPERATOR, null);
        // once with the SQL captured, for EXPLAIN; the listener stays idle during the timed runs
        capture.on = true;
        List<AccountSummary> rows = CurrentScope.callAs(operator, () -> accounts.matching(s.query).page(s.offset, PAGE_SIZE));
        String pageSql = capture.last.get();
        int count = CurrentScope.callAs(operator, () -> accounts.matching(s.query).count());
        String countSql = capture.last.get();
        capture.on = false;

        double[] page = new double[TIMED_RUNS];
        double[] counted = new double[TIMED_RUNS];
        double[] together = new double[TIMED_RUNS];
        for (int i = -WARM_UP_RUNS; i < TIMED_RUNS; i++) {
            double p = time(() -> CurrentScope.callAs(operator, () -> accounts.matching(s.query).page(s.offset, PAGE_SIZE)));
            double c = time(() -> CurrentScope.callAs(operator, () -> accounts.matching(s.query).count()));
            if (i >= 0) {
                page[i] = p;
                counted[i] = c;
                together[i] = p + c;
            }
        }
        return new Result(s, rows.size(), count, Stats.of(page), Stats.of(counted), Stats.of(together), pageSql, countSql);
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The plan of the generated SQL as the portal runs it: role payerlink_app, tenant bound, so RLS applies. */
    private static void explain(TestDatabase db, UUID tenant, Result r) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.execute("set role payerlink_app");
            s.execute("select set_config('payerlink.tenant_id', '" + tenant + "', false), "
                    + "set_config('payerlink.role', 'OPERATOR', false)");
            for (String sql : List.of(r.pageSql, r.countSql)) {
                System.out.println();
                System.out.println("-- " + r.scenario.label + " (as payerlink_app, tenant bound)");
                System.out.println(sql);
                try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
                    while (rs.next()) {
                        System.out.println("   " + rs.getString(1));
                    }
                }
            }
        }
    }

    private static void printTable(List<Result> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Account grid, big tenant (%,d of %,d accounts), %d-row pages sorted by name, "
                + "%d warm-up + %d timed runs each, via AccountService as OPERATOR (payerlink_app, RLS), "
                + "plan_cache_mode=%s%n", SIZES[0], TOTAL_ACCOUNTS, PAGE_SIZE, WARM_UP_RUNS, TIMED_RUNS, PLAN_CACHE_MODE);
        String format = "%-44s %-11s %8s %8s %8s   %-10s %s%n";
        System.out.printf(Locale.ROOT, format, "scenario", "", "p50 ms", "p95 ms", "max ms", "target", "");
        System.out.println("-".repeat(100));
        for (Result r : results) {
            String label = String.format(Locale.ROOT, "%s, offset %,d", r.scenario.label, r.scenario.offset);
            String detail = String.format(Locale.ROOT, "(%d rows of %,d)", r.rows, r.matching);
            row(format, label, "page", r.page, r.scenario.targetMs);
            row(format, detail, "count", r.count, r.scenario.targetMs);
            row(format, "", "page+count", r.together, r.scenario.targetMs);
        }
    }

    private static void row(String format, String label, String part, Stats s, double target) {
        System.out.printf(Locale.ROOT, format, label, part, ms(s.p50), ms(s.p95), ms(s.max),
                String.format(Locale.ROOT, "p95 < %.0f", target), s.passes(target) ? "PASS" : "MISS");
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private record Scenario(String label, AccountQuery query, int offset, double targetMs) {
    }

    private record Result(Scenario scenario, int rows, int matching, Stats page, Stats count, Stats together,
            String pageSql, String countSql) {
    }

    private record Stats(double p50, double p95, double max) {

        static Stats of(double[] samples) {
            double[] sorted = samples.clone();
            Arrays.sort(sorted);
            return new Stats(percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
        }

        // nearest rank
        private static double percentile(double[] sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        boolean passes(double targetMs) {
            return p95 < targetMs;
        }

    }

    /** Remembers the last statement jOOQ ran, with its values inlined, while switched on. */
    private static final class SqlCapture implements ExecuteListener {

        volatile boolean on;

        final AtomicReference<String> last = new AtomicReference<>();

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (on && ctx.query() != null) {
                last.set(ctx.dsl().renderInlined(ctx.query()));
            }
        }

    }

}
