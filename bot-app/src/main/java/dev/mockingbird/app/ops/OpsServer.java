package dev.mockingbird.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * Health and metrics over plain HTTP for load balancers and Prometheus: {@code /health/live} (the process runs),
 * {@code /health/ready} (each named check passes: the database answers, each platform is connected; 503 otherwise),
 * {@code /metrics} (Prometheus text). Bound to one address, loopback unless configured otherwise.
 */
public final class OpsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Something that takes POSTs at a path (a platform's webhook).
     */
    @FunctionalInterface
    public interface Receiver {

        /** Bodies are read up to this size plus one byte, so a receiver can tell a larger one. */
        int MAX_BODY = 1 << 20;

        /**
         * One POST: a header lookup and the body (at most {@link #MAX_BODY} + 1 bytes); returns the status and a
         * short plain-text body.
         */
        Received receive(java.util.function.Function<String, java.util.Optional<String>> header, byte[] body);
    }

    /**
     * What a receiver answers.
     *
     * @param status the HTTP status
     * @param body   plain text
     */
    public record Received(int status, String body) {
    }

    /**
     * Serves on {@code host:port} (port 0 picks a free one).
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static OpsServer start(String host, int port, Map<String, BooleanSupplier> readiness,
                                  PrometheusMeterRegistry registry) {
        return start(host, port, readiness, registry, Map.of());
    }

    /** Serves health and metrics, and POSTs to each of {@code receivers}' paths. */
    public static OpsServer start(String host, int port, Map<String, BooleanSupplier> readiness,
                                  PrometheusMeterRegistry registry, Map<String, Receiver> receivers) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve health and metrics on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        Map<String, BooleanSupplier> checks = Map.copyOf(readiness);
        server.createContext("/health/live", exchange -> respond(exchange, 200, "application/json",
                "{\"status\":\"up\"}"));
        server.createContext("/health/ready", exchange -> {
            Map<String, Boolean> results = new LinkedHashMap<>();
            checks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(check -> results.put(check.getKey(), passes(check.getValue())));
            boolean ready = results.values().stream().allMatch(Boolean::booleanValue);
            StringBuilder json = new StringBuilder("{\"status\":\"").append(ready ? "up" : "down")
                    .append("\",\"checks\":{");
            results.forEach((name, ok) -> json.append('"').append(name).append("\":\"").append(ok ? "up" : "down")
                    .append("\","));
            if (!results.isEmpty()) {
                json.setLength(json.length() - 1);
            }
            respond(exchange, ready ? 200 : 503, "application/json", json.append("}}").toString());
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        receivers.forEach((path, receiver) -> server.createContext(path, exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals(path)) {
                    exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 404 : 405, -1);
                    return;
                }
                byte[] body = exchange.getRequestBody().readNBytes(Receiver.MAX_BODY + 1);
                Received answer = receiver.receive(name -> java.util.Optional.ofNullable(
                        exchange.getRequestHeaders().getFirst(name)), body);
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new OpsServer(server, executor);
    }

    /** The port it serves on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static boolean passes(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            // A check that throws is a check that fails; the reason belongs in the component's own log.
            return false;
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }
}
