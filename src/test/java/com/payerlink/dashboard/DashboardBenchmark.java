package com.payerlink.dashboard;

import com.payerlink.Application;
import com.payerlink.TestDatabase;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.dashboard.domain.DashboardService;
import com.payerlink.dashboard.domain.PlatformOverviewService;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * How fast Home answers for a tenant of 100,000 accounts, widget by widget, through the services as an org admin
 * (the portal's pool, {@code payerlink_app}, row-level security), next to a tenant of 1,000 in the same run: the
 * ratio says how the time grows with the tenant. Another tenant of 100,000 shares the tables. The platform
 * overview counts all 201,000.
 *
 * <p>Not a test: {@code mvn -Pdashboard-benchmark test-compile exec:java} (see the README).
 */
public final class DashboardBenchmark {

    private static final int BIG = 100_000;

    private static final int SMALL = 1_000;

    private static final int WARM_UP_RUNS = 10;

    private static final int TIMED_RUNS = 50;

    private static final double HOME_TARGET_MS = 250;

    // most accounts ready, some stuck on the way, as in the grid benchmark
    private static final String STATE = """
            case when h < 45 then 'READY' when h < 53 then 'DRAFT' when h < 68 then 'IN_PROGRESS'
                 when h < 73 then 'AWAITING_VERIFICATION' when h < 75 then 'VERIFYING'
                 when h < 80 then 'VERIFICATION_FAILED' when h < 85 then 'AWAITING_SUPPORT'
                 when h < 90 then 'PROCESSING' else 'DISCONNECTED' end""";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase db = TestDatabase.get();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.SERVLET).bannerMode(Banner.Mode.OFF)
            .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                    "--spring.datasource.password=" + db.password(), "--server.port=0",
                    "--payerlink.admin-password=benchmark-only", "--logging.level.root=WARN")) {
            UUID big;
            UUID small;
            try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
                long started = System.nanoTime();
                big = seed(c, "Benchmark big", "BBIG", BIG);
                seed(c, "Benchmark other", "BOTH", BIG);
                small = seed(c, "Benchmark small", "BSML", SMALL);
                try (Statement s = c.createStatement()) {
                    s.execute("vacuum (analyze) customer_account, account_history, invitation, ticket, ticket_account");
                }
                System.out.printf(Locale.ROOT, "Seeded %,d accounts in 3 tenants in %.1f s%n", 2 * BIG + SMALL,
                        (System.nanoTime() - started) / 1e9);
            }
            report(context.getBean(DashboardService.class), context.getBean(PlatformOverviewService.class), big, small);
        }
        finally {
            TestDatabase.stop();
        }
    }

    private static void report(DashboardService dashboard, PlatformOverviewService overview, UUID big, UUID small) {
        Map<String, Runnable> widgets = new LinkedHashMap<>();
        widgets.put("funnel (accounts per state)", dashboard::funnel);
        widgets.put("failed verification by code", dashboard::failuresByCode);
        widgets.put("needs action (4 queues)", dashboard::actionQueues);
        widgets.put("ready per day, 30 days", dashboard::readyPerDay);
        widgets.put("whole Home (all four)", () -> {
            dashboard.funnel();
            dashboard.failuresByCode();
            dashboard.actionQueues();
            dashboard.readyPerDay();
        });
        System.out.printf(Locale.ROOT, "%-30s %14s %14s %8s%n", "widget (median of " + TIMED_RUNS + ")",
                String.format(Locale.ROOT, "%,d accounts", SMALL), String.format(Locale.ROOT, "%,d accounts", BIG), "ratio");
        double home = 0;
        for (var w : widgets.entrySet()) {
            double atSmall = median(small, Role.ORG_ADMIN, w.getValue());
            double atBig = median(big, Role.ORG_ADMIN, w.getValue());
            home = atBig;
            System.out.printf(Locale.ROOT, "%-30s %11.2f ms %11.2f ms %7.1fx%n", w.getKey(), atSmall, atBig, atBig / atSmall);
        }
        double platform = median(null, Role.PLATFORM_ADMIN, overview::accountsPerTenant);
        System.out.printf(Locale.ROOT, "platform overview, accounts per tenant and state (%,d accounts): %.2f ms%n",
                2 * BIG + SMALL, platform);
        System.out.printf(Locale.ROOT, "Whole Home at %,d accounts: %.2f ms, target < %.0f ms: %s%n", BIG, home,
                HOME_TARGET_MS, home < HOME_TARGET_MS ? "met" : "MISSED");
    }

    private static double median(UUID tenant, Role role, Runnable work) {
        DatabaseScope scope = new DatabaseScope(tenant, role, null);
        double[] ms = new double[TIMED_RUNS];
        for (int i = 0; i < WARM_UP_RUNS + TIMED_RUNS; i++) {
            long started = System.nanoTime();
            CurrentScope.runAs(scope, work);
            if (i >= WARM_UP_RUNS) {
                ms[i - WARM_UP_RUNS] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /**
     * A tenant with its accounts, set-based as the owner: a history line per move into Ready (spread over 60 days)
     * and one other per account, an invitation per account still in the wizard, a ticket for half of those awaiting
     * support.
     */
    private static UUID seed(Connection c, String name, String code, int accounts) throws SQLException {
        UUID tenant = UUID.randomUUID();
        execute(c, "insert into tenant (id, name, code) values (?, ?, ?)", tenant, name, code);
        execute(c, """
                insert into customer_account (id, tenant_id, partition, account_id, name, connection_method, external_id,
                    state, state_detail, processing_started_at, billing_access_confirmed, cur_settings_confirmed, role_arns)
                select gen_random_uuid(), ?, 'aws', lpad(g::text, 12, '0'), 'Customer ' || g, 'MSP_SINGLE',
                    md5(? || g), state,
                    case when state = 'VERIFICATION_FAILED' then (array['ASSUME_ROLE_DENIED', 'CUR_NOT_HOURLY',
                        'BUCKET_NOT_FOUND, CUR_NOT_HOURLY'])[1 + g % 3] else '' end,
                    case when state = 'PROCESSING' then now() - make_interval(hours => g % 120) end,
                    g % 2 = 0, g % 2 = 0, case when g % 2 = 0 then array['arn:aws:iam::' || lpad(g::text, 12, '0')
                        || ':role/PayerlinkRole'] else '{}' end
                from (select g, $STATE as state from (select g, abs(hashint4(g))::bigint % 100 as h
                      from generate_series(1, ?) g) r) s""".replace("$STATE", STATE), tenant, code, accounts);
        execute(c, """
                insert into account_history (tenant_id, customer_account_id, actor, action, detail, created_at)
                select tenant_id, id, 'bench', 'STATE_CHANGED', case when state = 'READY'
                    then 'Processing → Ready: first cost data delivered' else 'Draft → In progress: step saved' end,
                    now() - make_interval(mins => abs(hashint4(account_id::int))::int % 86400)
                from customer_account where tenant_id = ?""", tenant);
        execute(c, """
                insert into invitation (id, tenant_id, customer_account_id, token_hash, sent_to, created_by, created_at,
                    expires_at)
                select gen_random_uuid(), tenant_id, id, encode(sha256(id::text::bytea), 'hex'), array['c@example.test'],
                    'bench', now() - make_interval(days => account_id::int % 20), now() + interval '1 day'
                from customer_account where tenant_id = ? and state in ('DRAFT', 'IN_PROGRESS')""", tenant);
        execute(c, """
                with t as (insert into ticket (id, tenant_id, number, reference, tenant_name, subject, status, created_by,
                    updated_by) values (gen_random_uuid(), ?, 1, ? || '-1', ?, 'Connection', 'OPEN', 'bench', 'bench')
                    returning id, tenant_id)
                insert into ticket_account (ticket_id, tenant_id, customer_account_id, account_name, aws_account_id, partition)
                select t.id, a.tenant_id, a.id, a.name, a.account_id, 'aws' from customer_account a, t
                where a.tenant_id = t.tenant_id and a.state = 'AWAITING_SUPPORT' and a.account_id::bigint % 2 = 0""",
                tenant, code, name);
        return tenant;
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

}
