package dev.mockingbird.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockingbird.core.ChatEngine;
import dev.mockingbird.core.Mockingbird;
import dev.mockingbird.core.bank.QuestionBank;
import dev.mockingbird.core.chat.ChatKind;
import dev.mockingbird.core.chat.ChatRequest;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Health and metrics over real HTTP on 127.0.0.1. */
class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(OpsServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsDownWhileAnyCheckFailsAndLivenessStaysUp() throws Exception {
        // given a database that answers and a platform that has lost its connection
        AtomicBoolean telegram = new AtomicBoolean(false);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, Map.of("database", () -> true,
                "telegram", telegram::get, "discord", () -> {
                    throw new IllegalStateException("a check that throws");
                }), registry)) {
            // then liveness is up and readiness says which check is down
            assertEquals(200, get(server, "/health/live").statusCode());
            HttpResponse<String> ready = get(server, "/health/ready");
            assertEquals(503, ready.statusCode());
            assertEquals("{\"status\":\"down\",\"checks\":{\"database\":\"up\",\"discord\":\"down\","
                    + "\"telegram\":\"down\"}}", ready.body());
            assertEquals("application/json", ready.headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void readinessIsUpWhenEveryCheckPasses() throws Exception {
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, Map.of("database", () -> true),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            HttpResponse<String> ready = get(server, "/health/ready");
            assertEquals(200, ready.statusCode());
            assertEquals("{\"status\":\"up\",\"checks\":{\"database\":\"up\"}}", ready.body());
        }
    }

    @Test
    void metricsCountCommandsByNameAndOutcomeAndTimeReplies() throws Exception {
        // given an engine counted into the registry, and a few requests
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ChatEngine engine = new MeteredEngine(Mockingbird.builder(QuestionBank.load(
                OpsServerTest.class.getClassLoader(), Optional.empty())).build(), registry);
        engine.handle(ChatRequest.text("test", "1", ChatKind.PRIVATE, "1", "Ada", "/ask system-design"));
        engine.handle(ChatRequest.text("test", "1", ChatKind.PRIVATE, "1", "Ada", "/help"));
        engine.handle(ChatRequest.text("test", "1", ChatKind.PRIVATE, "1", "Ada", "/xyzzy-secret-token-123"));
        engine.apiFailed("telegram", "429");
        engine.apiFailed("telegram", "429");
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, Map.of(), registry)) {
            // when Prometheus scrapes
            HttpResponse<String> metrics = get(server, "/metrics");
            // then each command is counted with its outcome, replies are timed, and typed junk is not a label
            assertEquals(200, metrics.statusCode());
            String body = metrics.body();
            assertTrue(body.contains("mockingbird_commands_total{command=\"ask\",outcome=\"replied\"} 1.0"), body);
            assertTrue(body.contains("mockingbird_commands_total{command=\"other\",outcome=\"replied\"} 1.0"), body);
            assertTrue(body.contains("mockingbird_reply_seconds_bucket{command=\"help\""), body);
            assertTrue(body.contains("mockingbird_platform_errors_total{outcome=\"429\",platform=\"telegram\"} 2.0"),
                    body);
            assertTrue(!body.contains("xyzzy"), "typed text never becomes a label");
        }
    }

    @Test
    void aReceiverGetsPostsAtItsPathWithHeadersAndABoundedBody() throws Exception {
        // given a receiver (a platform's webhook) at /hook
        java.util.concurrent.atomic.AtomicInteger length = new java.util.concurrent.atomic.AtomicInteger();
        OpsServer.Receiver hook = (header, body) -> {
            length.set(body.length);
            return header.apply("X-Secret").filter("s"::equals).isPresent()
                    ? new OpsServer.Received(200, "ok") : new OpsServer.Received(401, "no");
        };
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, Map.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Map.of("/hook", hook))) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/hook");
            // when posts arrive with and without the header, one of them huge, and a GET
            HttpResponse<String> good = http.send(HttpRequest.newBuilder(uri).header("X-Secret", "s")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            try {
                http.send(HttpRequest.newBuilder(uri).header("X-Secret", "s").POST(HttpRequest.BodyPublishers
                        .ofByteArray(new byte[3 << 20])).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                // The server stops reading at its limit and answers; a client still sending may see the connection
                // reset instead of the answer. Either way the receiver got no more than its limit (checked below).
            }
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            // then the receiver decides, never reads more than its limit, and GET is not allowed
            assertEquals(200, good.statusCode());
            assertEquals(401, bad.statusCode());
            assertEquals(OpsServer.Receiver.MAX_BODY + 1, length.get());
            assertEquals(405, get.statusCode());
        }
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, Map.of(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/health/live")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }
}
