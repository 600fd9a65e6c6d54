package com.payerlink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.CloudFormationTemplate;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.TemplateKind;
import com.payerlink.account.domain.TemplateSettings;
import com.sun.net.httpserver.HttpServer;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Runs the template's own custom-resource code (the Lambda's inline Python, taken from the published template) with
 * python3, as Lambda would call it, and stands in for CloudFormation's ResponseURL with a local HTTP server that keeps
 * what it was sent.
 */
public final class StackCallbackPython implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private final HttpServer responseUrl;

    /** The bodies CloudFormation's ResponseURL received, in order. */
    public final List<Map<String, Object>> answers = new CopyOnWriteArrayList<>();

    public StackCallbackPython() throws IOException {
        dir = Files.createTempDirectory("payerlink-callback");
        Files.writeString(dir.resolve("index.py"), inlineCode());
        Files.writeString(dir.resolve("run.py"), """
                import json, sys
                import index
                index.handler(json.load(open(sys.argv[1])), None)
                """);
        responseUrl = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        responseUrl.createContext("/response", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = JSON.readValue(body, Map.class);
            answer.put("_method", exchange.getRequestMethod());
            answers.add(answer);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        responseUrl.start();
    }

    /** The Lambda function's code exactly as the published template carries it (its ZipFile). */
    @SuppressWarnings("unchecked")
    public static String inlineCode() {
        String yaml = CloudFormationTemplate.published(new TemplateSettings(Partition.AWS, AccountId.parse("999988887777"),
                "https://portal.example/api/v1/cloudformation/callbacks", TemplateKind.ACCOUNT));
        Map<String, Object> template = new Yaml().load(yaml);
        Map<String, Object> function = (Map<String, Object>) ((Map<String, Object>) template.get("Resources"))
            .get("PayerlinkCallbackFunction");
        return (String) ((Map<String, Object>) ((Map<String, Object>) function.get("Properties")).get("Code")).get("ZipFile");
    }

    /** A CloudFormation custom-resource event for the template's PayerlinkCallback resource. */
    public Map<String, Object> event(String requestType, String requestId, Map<String, Object> properties) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("RequestType", requestType);
        event.put("RequestId", requestId);
        event.put("ResponseURL", "http://127.0.0.1:" + responseUrl.getAddress().getPort() + "/response?signature=x");
        event.put("StackId", properties.getOrDefault("StackId", "arn:aws:cloudformation:us-east-1:1:stack/s/1"));
        event.put("LogicalResourceId", "PayerlinkCallback");
        event.put("ResourceType", "Custom::PayerlinkCallback");
        if (!"Create".equals(requestType)) {
            event.put("PhysicalResourceId", "payerlink-callback-" + properties.get("AccountId"));
        }
        event.put("ResourceProperties", properties);
        return event;
    }

    /** Calls the handler once with the event, as Lambda would; fails if python3 fails or hangs. */
    public void invoke(Map<String, Object> event) {
        try {
            Path file = Files.createTempFile(dir, "event", ".json");
            JSON.writeValue(file.toFile(), event);
            Process p = new ProcessBuilder("python3", "run.py", file.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the custom resource did not finish within 90 s");
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("python3 failed (" + p.exitValue() + "): " + output);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        responseUrl.stop(0);
    }

}
