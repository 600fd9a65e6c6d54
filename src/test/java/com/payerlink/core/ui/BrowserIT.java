package com.payerlink.core.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.payerlink.IntegrationTest;
import com.payerlink.core.Base32;
import com.payerlink.twofactor.domain.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Base of the browser tests: the portal on a random port, driven by Debian's Chromium through Playwright. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserIT extends IntegrationTest {

    private static Playwright playwright;

    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected Page page;

    private BrowserContext context;

    private final List<BrowserContext> otherSessions = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(60_000);
        // the machine is shared: a busy portal answers in seconds, not milliseconds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
        otherSessions.forEach(BrowserContext::close);
        otherSessions.clear();
    }

    /** A second browser session beside {@link #page}, with its own cookies: another person at another computer. */
    protected Page newBrowserSession() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        other.setDefaultTimeout(60_000);
        otherSessions.add(other);
        return other.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void signIn(String email, String password) {
        signIn(page, email, password);
    }

    /**
     * Signs in with the password; a user who must set up two-factor sign-in first (platform staff) scans the QR code
     * as a phone would, from the key shown beside it.
     */
    protected void signIn(Page in, String email, String password) {
        signInWithPassword(in, email, password);
        if (in.url().contains("/login/second-step")) {
            String key = in.locator(".authenticator-secret").textContent();
            in.locator("vaadin-text-field input").fill(Totp.code(Base32.decode(key), Totp.stepAt(Instant.now())));
            in.locator("vaadin-button", new Page.LocatorOptions().setHasText("Turn on and sign in")).click();
            in.locator("vaadin-button", new Page.LocatorOptions().setHasText("I saved them, continue")).click();
        }
        in.waitForURL(u -> !u.contains("/login"));
    }

    /** Types e-mail and password into the login form; returns once the browser left it (signed in, or at the second step). */
    protected void signInWithPassword(Page in, String email, String password) {
        in.navigate(url("login"));
        in.locator("input[name=username]").fill(email);
        in.locator("input[name=password]").fill(password);
        in.locator("vaadin-button[slot=submit]").click();
        in.waitForURL(u -> !u.contains("/login") || u.contains("/login/second-step"));
    }

    /**
     * Waits until the page's Vaadin client has no round trip in flight, e.g. the one after the first render that
     * tells the server the browser's time zone (views then show their times again, rebuilding those parts).
     */
    protected void waitForVaadin() {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""");
        page.waitForTimeout(200);
        page.waitForFunction("""
                () => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""");
    }

    /** Resizes the page and lets the layout settle (the app layout re-measures its header a moment later). */
    protected void viewport(int width, int height) {
        page.setViewportSize(width, height);
        page.waitForTimeout(400);
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }

}
