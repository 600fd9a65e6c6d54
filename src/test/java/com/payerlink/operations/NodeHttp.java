package com.payerlink.operations;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP to a portal node's ports, as a script, a load balancer or Prometheus would call them. */
final class NodeHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The page's {@code <meta name="_csrf" content="…">}, which the login form posts along, as Vaadin's does. */
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private NodeHttp() {
    }

    static HttpResponse<String> get(int port, String path, @Nullable String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        withHeaders(request, headers);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.GET());
    }

    static HttpResponse<String> postCsv(int port, String path, String token, String csv) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /**
     * Sends {@code count} GETs with the token at once (8 at a time), round-robin over the nodes' ports.
     *
     * @return the answers' status codes
     */
    static List<Integer> burst(List<Integer> ports, String path, String token, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int port = ports.get(i % ports.size());
                answers.add(pool.submit(() -> get(port, path, token)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            return statuses;
        }
        finally {
            pool.shutdown();
        }
    }

    /** A node's count of failed sign-ins for the reason, from its Prometheus scrape ("0" before the first). */
    static String signInFailures(int managementPort, String reason) {
        Matcher m = Pattern.compile("payerlink_sign_in_failures_total\\{application=\"payerlink\",reason=\"" + reason
                + "\"} (\\S+)").matcher(get(managementPort, "/actuator/prometheus", null).body());
        return m.find() ? m.group(1) : "0";
    }

    /**
     * Signs in through the login form as a browser does (the page's CSRF token, the session cookie), with the headers
     * given as name, value, … (e.g. a proxy's {@code X-Forwarded-For}).
     *
     * @return where the portal sends the browser next
     */
    static String signIn(int port, String email, String password, String... headers) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = URI.create("http://localhost:" + port + "/login");
        Matcher csrf = CSRF_META.matcher(send(browser, withHeaders(HttpRequest.newBuilder(login), headers).GET()).body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return send(browser, withHeaders(HttpRequest.newBuilder(login), headers)
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))).headers().firstValue("Location").orElse("");
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        return headers.length == 0 ? request : request.headers(headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
