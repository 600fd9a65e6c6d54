package com.payerlink.account.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.payerlink.Application;
import com.payerlink.IntegrationTest;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountBookmarks;
import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.account.domain.AccountGridPages;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.TenantService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The accounts grid in the browser (README, "Benchmark: the accounts grid"): the portal with a tenant of 100,000
 * accounts, one of 1,000 and one of 50, each opened in Chromium through Playwright by its org admin. Prints, per tenant, the time
 * from the login click (the grid asked for before signing in) to the grid's first rows, from a navigation to the
 * grid to its first rows, and p50/p95 of deep
 * jumps ({@code scrollToIndex} into the middle half, until the row jumped to shows its name), and the 100,000/50
 * and 100,000/1,000 ratios. Arguments: [big tenant's accounts] [logins per tenant] [jumps per tenant] (defaults 100000, 5, 30). Run
 * with {@code mvn -Pgrid-browser-benchmark test-compile exec:exec}.
 */
public final class GridBrowserBenchmark {

    private static final String PASSWORD = "benchmark password";

    /**
     * A tenant whose grid pages like the big one's: the grid holds all 50 accounts of the small tenant after its first
     * fetch, so a jump there never asks the server; here every jump does, as in the big tenant.
     */
    private static final int MEDIUM = 1_000;

    // a grid cell shows the text
    private static final String ROW_SHOWN = "text => Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
            + ".some(c => c.textContent === text)";

    // resolves to [ms until the row shows, until the request for rows left, from there until its rows arrived (the
    // round trip: Vaadin, the server's fetch, the network), from there until the row shows (the render), the round
    // trip's wait for the portal's answer, and the browser's work on the answer until the rows arrived in the grid];
    // all but the first NaN for a jump that needed no request
    private static final String JUMP = """
            ([index, text]) => new Promise(resolve => {
                const grid = document.querySelector('vaadin-grid');
                const c = grid.$connector;
                if (!c.timedForBenchmark) {
                    c.timedForBenchmark = true;
                    const send = grid.$server.setViewportRange;
                    grid.$server.setViewportRange = function () {
                        window.jumpSent ??= performance.now();
                        return send.apply(this, arguments);
                    };
                    const set = c.set;
                    c.set = function () {
                        window.jumpArrived ??= performance.now();
                        return set.apply(this, arguments);
                    };
                }
                window.jumpSent = undefined;
                window.jumpArrived = undefined;
                const start = performance.now();
                grid.scrollToIndex(index);
                const shown = () => !grid.loading && Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .some(c => c.textContent === text);
                const poll = () => {
                    if (!shown()) {
                        requestAnimationFrame(poll);
                        return;
                    }
                    const end = performance.now();
                    const sent = window.jumpSent ?? NaN;
                    const arrived = window.jumpArrived ?? NaN;
                    // the request that brought the rows, as the browser timed it: the server's answer came after
                    // responseStart - requestStart (the portal's work, Vaadin's and the queries', and the network)
                    const uidl = performance.getEntriesByType('resource')
                        .filter(e => e.name.includes('v-r=uidl') && e.startTime >= sent && e.responseEnd <= arrived)
                        .pop();
                    const server = uidl ? uidl.responseStart - uidl.requestStart : NaN;
                    const client = uidl ? arrived - uidl.responseEnd : NaN;
                    resolve([end - start, sent - start, arrived - sent, end - arrived, server, client]);
                };
                requestAnimationFrame(poll);
            })""";

    private GridBrowserBenchmark() {
    }

    /** One tenant's figures, in milliseconds. */
    private record Figures(String tenant, int accounts, double loginToRows, double navigationToRows, double jumpP50,
            double jumpP95, List<List<Double>> phases) {
    }

    public static void main(String[] args) throws Exception {
        int big = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int logins = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int jumps = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        TestDatabase db = TestDatabase.get();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
            // arguments, so they win over application.properties (its PORT default is 8080)
            .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                    "--spring.datasource.password=" + db.password(), "--server.port=0", "--logging.level.root=warn",
                    "--spring.main.banner-mode=off")) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            Tenant large = tenant(ctx, "GBIG", big, db);
            Tenant small = tenant(ctx, "GSMALL", 50, db);
            Tenant medium = tenant(ctx, "GMID", MEDIUM, db);
            try (Playwright playwright = Playwright.create(); Browser browser = playwright.chromium().launch(
                    new BrowserType.LaunchOptions().setHeadless(true)
                        .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                        .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu",
                                "--disable-background-networking")))) {
                measure(browser, port, small, 50, 1, 2); // warm-up: the first Vaadin page load of the JVM
                Figures s = measure(browser, port, small, 50, logins, jumps);
                Figures m = measure(browser, port, medium, MEDIUM, logins, jumps);
                Figures b = measure(browser, port, large, big, logins, jumps);
                print(s, m, b);
                serverShare(ctx, large, big);
            }
        }
        System.exit(0);
    }

    // What a deep jump costs on the server before Vaadin, for the 100 rows (two pages) the grid asks for, as the org
    // admin, 20 times each after 5 to warm up: as before issue 14's item 3 (by offset, then each extra column's badges
    // in a transaction of its own) and as the grid fetches now (sought from its bookmarks, taken once and timed apart,
    // with the badges in the same transaction)
    private static void serverShare(ConfigurableApplicationContext ctx, Tenant tenant, int accounts) {
        AccountService service = ctx.getBean(AccountService.class);
        AccountGridPages gridPages = ctx.getBean(AccountGridPages.class);
        List<AccountGridColumn> columns = ctx.getBeanProvider(AccountGridColumn.class).orderedStream().toList();
        AccountBookmarks bookmarks = new AccountBookmarks();
        long taking = System.nanoTime();
        IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> gridPages.page(AccountQuery.all(), accounts / 2, 100,
                bookmarks, List.of()));
        double taken = (System.nanoTime() - taking) / 1e6;
        List<Double> before = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 25; i++) {
            int offset = accounts / 4 + random.nextInt(accounts / 2);
            long t0 = System.nanoTime();
            List<AccountSummary> rows = IntegrationTest.as(tenant, Role.ORG_ADMIN,
                    () -> service.matching(AccountQuery.all()).page(offset, 100));
            List<UUID> ids = rows.stream().map(AccountSummary::id).toList();
            IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> columns.stream().map(c -> c.badgesFor(ids)).toList());
            long t1 = System.nanoTime();
            IntegrationTest.as(tenant, Role.ORG_ADMIN, () -> gridPages.page(AccountQuery.all(), offset, 100,
                    bookmarks, columns));
            long t2 = System.nanoTime();
            if (i >= 5) {
                before.add((t1 - t0) / 1e6);
                now.add((t2 - t1) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "server share of a deep jump, big tenant, 100 rows with %d extra columns (p50/p95"
                + " ms): by offset, badges apart %.1f/%.1f; from bookmarks, one transaction %.1f/%.1f (taking the"
                + " bookmarks: %.1f, once per query)%n%n", columns.size(), percentile(before, 50),
                percentile(before, 95), percentile(now, 50), percentile(now, 95), taken);
    }

    private static Tenant tenant(ConfigurableApplicationContext ctx, String code, int accounts, TestDatabase db)
            throws Exception {
        Tenant t = CurrentScope.callAs(DatabaseScope.platform(), () -> ctx.getBean(TenantService.class).create(
                new NewTenant("Grid bench " + code + " " + System.nanoTime(), code, new NewUser("Admin " + code,
                        email(code), Role.ORG_ADMIN, PASSWORD))));
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement("""
                        insert into customer_account (id, tenant_id, partition, account_id, name, connection_method,
                            external_id)
                        select gen_random_uuid(), ?, 'aws', lpad((500000000000 + i)::text, 12, '0'),
                            'Customer ' || lpad(i::text, 6, '0'), 'MSP_SINGLE', md5(random()::text) || i
                        from generate_series(0, ? - 1) i""")) {
            s.setObject(1, t.id());
            s.setInt(2, accounts);
            s.executeUpdate();
            c.createStatement().execute("vacuum analyze customer_account");
        }
        return t;
    }

    private static String email(String code) {
        return "admin@" + code.toLowerCase(Locale.ROOT) + ".grid.test";
    }

    private static Figures measure(Browser browser, int port, Tenant tenant, int accounts, int logins, int jumps) {
        List<Double> loginToRows = new ArrayList<>();
        List<Double> navigationToRows = new ArrayList<>();
        List<Double> jumpTimes = new ArrayList<>();
        List<List<Double>> phases = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Random random = new Random(42);
        for (int i = 0; i < logins; i++) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                context.setDefaultTimeout(120_000);
                Page page = context.newPage();
                page.navigate("http://localhost:" + port + "/accounts");
                page.locator("input[name=username]").fill(email(tenant.code()));
                page.locator("input[name=password]").fill(PASSWORD);
                long clicked = System.nanoTime();
                page.locator("vaadin-button[slot=submit]").click();
                rowShown(page);
                loginToRows.add((System.nanoTime() - clicked) / 1e6);
                long navigated = System.nanoTime();
                page.navigate("http://localhost:" + port + "/accounts");
                rowShown(page);
                navigationToRows.add((System.nanoTime() - navigated) / 1e6);
                for (int j = 0; j < jumps / Math.max(1, logins); j++) {
                    int index = accounts / 4 + random.nextInt(Math.max(1, accounts / 2));
                    List<?> times = (List<?>) page.evaluate(JUMP, List.of(index, name(index)));
                    jumpTimes.add(((Number) times.get(0)).doubleValue());
                    for (int phase = 0; phase < phases.size(); phase++) {
                        if (times.get(phase + 1) instanceof Number n && !Double.isNaN(n.doubleValue())) {
                            phases.get(phase).add(n.doubleValue());
                        }
                    }
                }
            }
        }
        return new Figures(tenant.code(), accounts, median(loginToRows), median(navigationToRows),
                percentile(jumpTimes, 50), percentile(jumpTimes, 95), phases);
    }

    // waits (polling every animation frame) until the first account shows
    private static void rowShown(Page page) {
        page.waitForFunction(ROW_SHOWN, name(0), new Page.WaitForFunctionOptions().setTimeout(120_000));
    }

    private static String name(int index) {
        return String.format(Locale.ROOT, "Customer %06d", index);
    }

    private static String p50(List<Double> values) {
        return values.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f", percentile(values, 50));
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void print(Figures small, Figures medium, Figures big) {
        System.out.printf(Locale.ROOT, "%nAccounts grid in Chromium (ms; login and navigation: medians)%n");
        System.out.printf(Locale.ROOT, "%-28s %12s %12s %12s %12s%n", "tenant", "login→rows", "open→rows",
                "jump p50", "jump p95");
        for (Figures f : List.of(small, medium, big)) {
            System.out.printf(Locale.ROOT, "%-28s %12.0f %12.0f %12.0f %12.0f%n", f.tenant() + " (" + f.accounts()
                    + " accounts)", f.loginToRows(), f.navigationToRows(), f.jumpP50(), f.jumpP95());
        }
        ratios("ratio big / small", big, small, "   (target <= 1.30)");
        ratios("ratio big / medium", big, medium, "   (both grids page: what the tenant's size costs)");
        for (Figures f : List.of(small, medium, big)) {
            List<List<Double>> p = f.phases();
            System.out.printf(Locale.ROOT, "%s: %d of its jumps asked the server; p50 ms until the request left %s,"
                    + " its round trip %s (the portal's answer %s, the browser's work on it %s), the render %s%n",
                    f.tenant(), p.get(0).size(), p50(p.get(0)), p50(p.get(1)), p50(p.get(3)), p50(p.get(4)),
                    p50(p.get(2)));
        }
        System.out.printf(Locale.ROOT, "first rows after the login click, big tenant: %.0f ms (target <= 1,500)%n",
                big.loginToRows());
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void ratios(String label, Figures a, Figures b, String note) {
        System.out.printf(Locale.ROOT, "%-28s %12.2f %12.2f %12.2f %12.2f%s%n", label, a.loginToRows() / b.loginToRows(),
                a.navigationToRows() / b.navigationToRows(), a.jumpP50() / b.jumpP50(), a.jumpP95() / b.jumpP95(), note);
    }

}
