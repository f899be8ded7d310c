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
     * Serves on {@code host:port} (port 0 picks a free one).
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static OpsServer start(String host, int port, Map<String, BooleanSupplier> readiness,
                                  PrometheusMeterRegistry registry) {
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
            checks.keySet().stream().sorted().forEach(name -> results.put(name, passes(checks.get(name))));
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
