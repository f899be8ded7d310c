package dev.mockingbird.app.scale;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One Mockingbird instance in webhook mode, as its own process (the real app's main class on the test class path), so
 * it can be killed as an orchestrator would.
 */
final class Instance implements AutoCloseable {

    static final String SECRET = "scale-test-secret";

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private Instance(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance on a free port, sharing the given database and Bot API; returns once it is ready. */
    static Instance start(String name, URI botApi, String dbUrl, Path logs, HttpClient http)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = logs.resolve(name + ".log");
        Files.createDirectories(logs);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.mockingbird.app.Main")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("DISCORD_")
                || k.startsWith("MOCKINGBIRD_"));
        env.putAll(Map.of("TELEGRAM_BOT_TOKEN", "123456:scale-test-token", "TELEGRAM_API_URL", botApi.toString(),
                "TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + port + "/telegram", "TELEGRAM_WEBHOOK_SECRET", SECRET,
                "MOCKINGBIRD_HTTP_PORT", String.valueOf(port), "MOCKINGBIRD_DB_URL", dbUrl,
                "MOCKINGBIRD_LOG_LEVEL", "WARN"));
        // The test's people send their ten updates back to back; the limits are another test's subject.
        env.put("MOCKINGBIRD_RATE_LIMIT", "off");
        Instance instance = new Instance(name, builder.start(), port, log);
        instance.awaitReady(http);
        return instance;
    }

    private void awaitReady(HttpClient http) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + tail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/ready")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not ready within 60 s: " + tail());
    }

    String name() {
        return name;
    }

    /** Where Telegram would post this instance's updates. */
    URI webhook() {
        return URI.create("http://127.0.0.1:" + port + "/telegram");
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Kills the process at once (SIGKILL): nothing in flight is finished, nothing acknowledged. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The end of the instance's log, for a failure message. */
    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        // SIGTERM: the app's graceful stop, which the instances must pass within ten seconds.
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
