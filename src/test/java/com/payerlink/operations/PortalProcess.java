package com.payerlink.operations;

import com.payerlink.Application;
import com.payerlink.TestDatabase;
import com.payerlink.verification.AwsStub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A second portal node as operations run it: its own JVM (the test's class path), the tests' PostgreSQL and AWS stub,
 * its own ports; its console goes to a file. It can be stopped as a deployment stops a node, or killed ({@code kill -9}).
 */
final class PortalProcess implements AutoCloseable {

    private final Process process;

    private final int port;

    private final int managementPort;

    private final Path log;

    private PortalProcess(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Starts the node with these settings (as {@code --name=value}) besides the database's, and waits until it is ready. */
    static PortalProcess start(String name, List<String> settings) throws IOException, InterruptedException {
        TestDatabase db = TestDatabase.get();
        int port = freePort();
        int managementPort = freePort();
        Path log = Path.of("target", "portal-" + name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Daws.accessKeyId=AKIAPLATFORMEXAMPLE1", "-Daws.secretAccessKey=platformSecretExample",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Application.class.getName(),
                "--server.port=" + port, "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--payerlink.database.portal-username=" + db.portalUsername(),
                "--payerlink.database.portal-password=" + db.portalPassword(),
                "--payerlink.aws.endpoint=" + AwsStub.shared().url(), "--payerlink.aws.max-attempts=2",
                "--db-scheduler.scheduler-name=" + name, "--db-scheduler.polling-interval=200ms",
                "--db-scheduler.heartbeat-interval=1s", "--spring.main.banner-mode=off"));
        settings.forEach(s -> command.add("--" + s));
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
            .redirectOutput(log.toFile()).redirectError(Path.of("target", "portal-" + name + ".err").toFile()).start();
        PortalProcess node = new PortalProcess(process, port, managementPort, log);
        node.awaitReady(Duration.ofMinutes(5));
        return node;
    }

    int port() {
        return port;
    }

    int managementPort() {
        return managementPort;
    }

    /** What the node wrote to its console so far. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    /** Ends the node at once, as {@code kill -9} would: no shutdown hook, no job finished or handed back. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Polls the readiness probe, as a load balancer would, until the node takes traffic. */
    private void awaitReady(Duration atMost) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
        Instant giveUp = Instant.now().plus(atMost);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal node ended while starting; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(readiness).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // the management port opens once the node has started
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The portal node was not ready within " + atMost + "; see " + log);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
